import { JapaneseBridge } from './bridge';
import { JA_EN_TABLE } from './bridge-table';
import { japaneseBridge, tokenizeText } from './tokenize';

const sorted = (terms: string[]) => [...terms].sort();

describe('the ja → en bridge', () => {
  it.each([
    ['物流', 'logistics'],
    ['自動運転', 'autonomous driving'],
    ['介護', 'nursing care'],
    ['防災', 'disaster prevention'],
    ['資金調達', 'fundraising'],
    ['スマートシティ', 'smart city'],
    ['コールドチェーン物流の倉庫', 'cold chain logistics warehouse'],
    ['横浜の港湾物流', 'port logistics in Yokohama'],
    ['フードロス削減アプリ', 'food waste reduction app'],
  ])('turns %s into the terms of "%s"', (ja, en) => {
    expect(sorted(tokenizeText(ja))).toEqual(sorted(tokenizeText(en)));
  });

  it('emits the English terms instead of the Japanese word, so two Japanese texts share each term once', () => {
    expect(tokenizeText('物流')).toEqual(['logist']);
  });

  it('reports the English word behind each bridged term (for reasons in English)', () => {
    const seen: string[] = [];
    tokenizeText('自動運転', (term, word) => seen.push(`${term}=${word}`));
    expect(seen).toEqual(['autonom=autonomous', 'drive=driving']);
  });

  it('joins dictionary words a morphological analyser splits (自動 + 運転 → 自動運転)', () => {
    const out: string[] = [];
    japaneseBridge.bridgeTokens(['自動', '運転', 'バス'], out);
    expect(out).toEqual(['autonom', 'drive', 'bu']);
  });

  it('finds known words inside a long token and keeps the unknown rest as Japanese', () => {
    const bridge = new JapaneseBridge('物流\tlogist=logistics\n港湾\tport');
    const out: string[] = [];
    bridge.bridgeTokens(['鶴見港湾物流化', 'ムスビ'], out);
    expect(out).toEqual(['鶴見', 'port', 'logist', 'ムスビ']);
  });

  it('picks a Japanese word for a term: the members\u2019 own, else one glossed with that English word, else a curated one', () => {
    const bridge = new JapaneseBridge(
      [
        '物流\tlogist=logistics\tc',
        'ロジスティクス\tlogist=logistics',
        '港湾物流\tport logist=logistics\tc',
        '市場\tmarket\tc',
        'マーケティング\tmarket=marketing\tc',
      ].join('\n'),
    );
    expect(bridge.japaneseWordFor('logist', 'logistics', '')).toBe('物流');
    expect(bridge.japaneseWordFor('logist', 'logistics', 'ロジスティクスの改善')).toBe('ロジスティクス');
    expect(bridge.japaneseWordFor('logist', 'logistics', '', (w) => w !== '物流')).toBe('港湾物流');
    expect(bridge.japaneseWordFor('market', 'marketing', '')).toBe('マーケティング');
    expect(bridge.japaneseWordFor('market', 'market', '')).toBe('市場');
    expect(bridge.japaneseWordFor('unknown', 'unknown', '物流')).toBeUndefined();
  });

  it('holds thousands of entries whose stored terms are what the English tokeniser makes of their words', () => {
    const lines = JA_EN_TABLE.split('\n');
    expect(lines.length).toBeGreaterThan(3000);
    const drifted: string[] = [];
    for (const line of lines) {
      const [ja, pairs] = line.split('\t');
      const stored = pairs!.split(' ').map((p) => p.split('=') as [string, string?]);
      const words = stored.map(([term, word]) => word ?? term).join(' ');
      const retokenized = tokenizeText(words);
      if (retokenized.join(' ') !== stored.map(([term]) => term).join(' ')) drifted.push(`${ja}: ${pairs}`);
    }
    expect(drifted).toEqual([]);
  });
});

import { tokenizeProfile } from './profile-tokens';
import { tokenizeText } from './tokenize';
import type { EngineProfile } from './engine-types';

describe('tokenizeText: Japanese', () => {
  const terms = tokenizeText(
    '横浜を拠点に、AIを活用したスマートシティのサービスを開発しています。デザイナーを探しています。',
  );

  it('keeps kanji and katakana words, bridged to English terms where the ja → en table knows them', () => {
    expect(terms).toEqual(['yokohama', 'base', 'ai', 'util', 'smart', 'citi', 'servic', 'develop', 'design', '探し']);
  });

  it('drops particles, auxiliaries and single hiragana', () => {
    for (const stop of ['を', 'に', 'の', 'し', 'た', 'て', 'い', 'ます', 'しています'])
      expect(terms).not.toContain(stop);
    expect(terms.filter((t) => /^\p{Script=Hiragana}$/u.test(t))).toEqual([]);
  });

  it('keeps content words written in hiragana', () => {
    expect(tokenizeText('地域のまちづくりに取り組む')).toEqual(['local', 'urban', 'develop', '取り組む']);
  });

  it('normalises full-width Latin and half-width katakana (NFKC) and keeps katakana as katakana', () => {
    expect(tokenizeText('ＡＩとﾑｽﾋﾞ')).toEqual(['ai', 'ムスビ']);
  });
});

describe('tokenizeText: English', () => {
  it('lowercases, drops stop words and stems with Porter', () => {
    expect(tokenizeText('The Designers are designing our Apps')).toEqual(['design', 'design', 'app']);
  });

  it('reports the word behind each stem', () => {
    const seen: [string, string][] = [];
    tokenizeText('engineering for cities', (term, word) => seen.push([term, word]));
    expect(seen).toEqual([
      ['engin', 'engineering'],
      ['citi', 'cities'],
    ]);
  });

  it('strips diacritics and drops numbers and one-letter tokens', () => {
    expect(tokenizeText('Café in São Paulo, 2024, a 5G test')).toEqual(['cafe', 'sao', 'paulo', '5g', 'test']);
  });
});

describe('tokenizeText: mixed scripts', () => {
  it('sends each script run through its own pipeline', () => {
    expect(tokenizeText('AIを活用したmarketing支援')).toEqual(['ai', 'util', 'market', 'support']);
  });

  it('returns nothing for empty or punctuation-only text', () => {
    expect(tokenizeText('')).toEqual([]);
    expect(tokenizeText('、。！？ ...')).toEqual([]);
  });
});

describe('tokenizeProfile', () => {
  const profile: EngineProfile = {
    id: 'p1',
    kind: 'startup',
    tags: ['ai', 'smart-city', 'ai', 'free:ドローン'],
    offers: [{ category: 'data', text: '人流データの提供' }],
    seeks: [{ category: 'design', text: 'UI design for our app' }],
    headline: { ja: '横浜のAIスタートアップ' },
    description: { en: 'We build engineering tools.' },
    area: 'yokohama',
    languages: ['ja', 'en'],
  };
  const tokens = tokenizeProfile(profile);

  it('turns tags into tag: terms (deduplicated) and categories into cat: terms', () => {
    expect(tokens.fields.tags).toEqual(['tag:ai', 'tag:smart-city', 'tag:free:ドローン']);
    expect(tokens.fields.offerCategories).toEqual(['cat:data']);
    expect(tokens.fields.seekCategories).toEqual(['cat:design']);
    expect(tokens.fields.seekText).toEqual(['ui', 'design', 'app']);
    expect(tokens.fields.offerText).toEqual(['foot', 'traffic', 'offer']);
  });

  it('is plain JSON that survives a round trip', () => {
    expect(JSON.parse(JSON.stringify(tokens))).toEqual(tokens);
    expect(tokens.hidden).toBe(false);
  });

  it('keeps the shortest word for each English stem', () => {
    expect(tokens.surfaces).toEqual(expect.arrayContaining(['engin', 'engineering', 'build', 'build']));
  });
});

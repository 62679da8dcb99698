import { tokenizeProfile } from './profile-tokens';
import { tokenizeText } from './tokenize';
import { loadJapaneseAnalyser } from './japanese-analyser';
import type { EngineProfile } from './engine-types';

describe('tokenizeText: Japanese', () => {
  const terms = tokenizeText(
    '横浜を拠点に、AIを活用したスマートシティのサービスを開発しています。デザイナーを探しています。',
  );

  it('keeps kanji and katakana words', () => {
    expect(terms).toEqual(
      expect.arrayContaining(['横浜', '拠点', '活用', 'スマートシティ', 'サービス', '開発', 'デザイナー']),
    );
  });

  it('drops particles, auxiliaries and single hiragana', () => {
    for (const stop of ['を', 'に', 'の', 'し', 'た', 'て', 'い', 'ます', 'しています', 'する', 'いる'])
      expect(terms).not.toContain(stop);
    expect(terms.filter((t) => /^\p{Script=Hiragana}$/u.test(t))).toEqual([]);
  });

  it('keeps content words written in hiragana', () => {
    expect(tokenizeText('地域のまちづくりに取り組む')).toContain('まちづくり');
    expect(tokenizeText('ものづくり企業')).toEqual(['ものづくり', '企業']);
  });

  it('cuts kanji compounds into the words a dictionary knows, so either half meets the whole', () => {
    expect(tokenizeText('実証実験')).toEqual(['実証', '実験']);
    expect(tokenizeText('自動運転バス')).toEqual(['自動', '運転', 'バス']);
  });

  it('joins the katakana words IPADIC splits (スタート|アップ), then gives the parts, and splits at a middle dot', () => {
    expect(tokenizeText('培養魚肉のスタートアップです')).toEqual([
      '培養',
      '魚肉',
      'スタートアップ',
      'スタート',
      'アップ',
    ]);
    expect(tokenizeText('フードロス削減')).toEqual(['フードロス', 'フード', 'ロス', '削減']);
    expect(tokenizeText('コールドチェーン物流')).toEqual(['コールドチェーン', 'コールド', 'チェーン', '物流']);
    expect(tokenizeText('Webサイト・アプリ')).toEqual(['web', 'サイト', 'アプリ']);
    expect(tokenizeText('デザイナー・エンジニア')).toEqual(['デザイナー', 'エンジニア']);
  });

  it('drops suffixes, counters and numbers: 横浜市 meets 横浜, 2019年 is no word', () => {
    expect(tokenizeText('横浜市')).toEqual(['横浜']);
    expect(tokenizeText('2019年創業、社員10名')).toEqual(['創業', '社員']);
  });

  it('keeps one-kanji pieces of a compound IPADIC lacks together (人流, 共創)', () => {
    expect(tokenizeText('人流データ')).toEqual(['人流', 'データ']);
    expect(tokenizeText('新事業の共創')).toEqual(['事業', '共創']);
  });

  it('gives verbs and adjectives in their dictionary form and drops light and polite ones', () => {
    expect(tokenizeText('新しい技術で食卓に届けた')).toEqual(['新しい', '技術', '食卓', '届ける']);
    expect(tokenizeText('お気軽にご連絡ください。ぜひよろしくお願いいたします。')).toEqual(['連絡']);
  });

  it('segments a query like the profile text it should find', () => {
    const profile = tokenizeText('横浜市内で自動運転バスを走らせています');
    for (const term of tokenizeText('横浜 自動運転')) expect(profile).toContain(term);
  });

  it('normalises full-width Latin and half-width katakana (NFKC) and keeps katakana as katakana', () => {
    expect(tokenizeText('ＡＩとｶﾀｶﾅ')).toEqual(['ai', 'カタカナ']);
  });
});

describe('the Japanese analyser', () => {
  it('loads its dictionary once per process and reports what that cost', () => {
    const load = loadJapaneseAnalyser();
    expect(loadJapaneseAnalyser()).toBe(load);
    expect(load.ms).toBeGreaterThan(0);
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
    expect(tokenizeText('AIを活用したmarketing支援')).toEqual(['ai', '活用', 'market', '支援']);
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
    expect(tokens.fields.offerText).toEqual(['人流', 'データ', '提供']);
  });

  it('is plain JSON that survives a round trip', () => {
    expect(JSON.parse(JSON.stringify(tokens))).toEqual(tokens);
    expect(tokens.hidden).toBe(false);
  });

  it('keeps the shortest word for each English stem', () => {
    expect(tokens.surfaces).toEqual(expect.arrayContaining(['engin', 'engineering', 'build', 'build']));
  });
});

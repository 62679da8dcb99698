import { tokenizeProfile } from './profile-tokens';
import { japaneseWords, tokenizeText } from './tokenize';
import { loadJapaneseAnalyser } from './japanese-analyser';
import type { EngineProfile } from './engine-types';

describe('tokenizeText: Japanese', () => {
  const terms = tokenizeText(
    '横浜を拠点に、AIを活用したスマートシティのサービスを開発しています。デザイナーを探しています。',
  );

  it('keeps kanji and katakana words, bridged to English terms where the ja → en table knows them', () => {
    expect(terms).toEqual(['yokohama', 'base', 'ai', 'util', 'smart', 'citi', 'servic', 'develop', 'design', 'search']);
  });

  it('drops particles, auxiliaries and single hiragana', () => {
    for (const stop of ['を', 'に', 'の', 'し', 'た', 'て', 'い', 'ます', 'しています', 'する', 'いる'])
      expect(terms).not.toContain(stop);
    expect(terms.filter((t) => /^\p{Script=Hiragana}$/u.test(t))).toEqual([]);
  });

  it('keeps content words written in hiragana', () => {
    expect(japaneseWords('地域のまちづくりに取り組む')).toContain('まちづくり');
    expect(japaneseWords('ものづくり企業')).toEqual(['ものづくり', '企業']);
  });

  it('cuts kanji compounds into the words a dictionary knows, so either half meets the whole', () => {
    expect(japaneseWords('実証実験')).toEqual(['実証', '実験']);
    expect(japaneseWords('自動運転バス')).toEqual(['自動', '運転', 'バス']);
  });

  it('joins the katakana words IPADIC splits (スタート|アップ), then gives the parts, and splits at a middle dot', () => {
    expect(japaneseWords('培養魚肉のスタートアップです')).toEqual([
      '培養',
      '魚肉',
      'スタートアップ',
      'スタート',
      'アップ',
    ]);
    expect(japaneseWords('フードロス削減')).toEqual(['フードロス', 'フード', 'ロス', '削減']);
    expect(japaneseWords('コールドチェーン物流')).toEqual(['コールドチェーン', 'コールド', 'チェーン', '物流']);
    expect(japaneseWords('Webサイト・アプリ')).toEqual(['web', 'サイト', 'アプリ']);
    expect(japaneseWords('デザイナー・エンジニア')).toEqual(['デザイナー', 'エンジニア']);
  });

  it('drops suffixes, counters and numbers: 横浜市 meets 横浜, 2019年 is no word', () => {
    expect(japaneseWords('横浜市')).toEqual(['横浜']);
    expect(japaneseWords('2019年創業、社員10名')).toEqual(['創業', '社員']);
  });

  it('keeps one-kanji pieces of a compound IPADIC lacks together (人流, 共創)', () => {
    expect(japaneseWords('人流データ')).toEqual(['人流', 'データ']);
    expect(japaneseWords('新事業の共創')).toEqual(['事業', '共創']);
  });

  it('gives verbs and adjectives in their dictionary form and drops light and polite ones', () => {
    expect(japaneseWords('新しい技術で食卓に届けた')).toEqual(['新しい', '技術', '食卓', '届ける']);
    expect(japaneseWords('お気軽にご連絡ください。ぜひよろしくお願いいたします。')).toEqual(['連絡']);
  });

  it('segments a query like the profile text it should find', () => {
    const profile = japaneseWords('横浜市内で自動運転バスを走らせています');
    for (const term of japaneseWords('横浜 自動運転')) expect(profile).toContain(term);
  });

  it('normalises full-width Latin and half-width katakana (NFKC) and keeps katakana as katakana', () => {
    expect(tokenizeText('ＡＩとﾑｽﾋﾞ')).toEqual(['ai', 'ムスビ']);
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

  it('counts British and American spellings, and a few synonyms, as one term', () => {
    expect(tokenizeText('localisation colour programme')).toEqual(tokenizeText('localization color program'));
    expect(tokenizeText('Japanese photographer for clients')).toEqual(['japan', 'photographi', 'custom']);
  });

  it('meets the Japanese glosses of the same words through the bridge', () => {
    expect(tokenizeText('日本 写真 顧客 高齢者 英語')).toEqual(
      tokenizeText('Japanese photo customers elderly English'),
    );
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
    freeTagLabels: ['cold chain'],
    headline: { ja: '横浜のAIスタートアップ' },
    description: { en: 'We build engineering tools.' },
    area: 'yokohama',
    languages: ['ja', 'en'],
  };
  const tokens = tokenizeProfile(profile);

  it('turns tags into tag: terms (deduplicated), free tags also into their words, and categories into cat: terms', () => {
    expect(tokens.fields.tags).toEqual(['tag:ai', 'tag:smart-city', 'tag:free:ドローン', 'cold', 'chain']);
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

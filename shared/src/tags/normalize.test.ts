import fc from 'fast-check';
import {
  FREE_TAG_MAX_LENGTH,
  TAG_BY_ID,
  TagIdSchema,
  canonicalizeTagId,
  isValidTagId,
  normalizeTagText,
  resolveTag,
  searchTags,
  tagLabel,
} from './index';

const idOf = (s: string) => resolveTag(s)?.id;

describe('normalizeTagText', () => {
  it.each([
    ['ＡＩ', 'ai'],
    ['Ｗｅｂ３', 'web3'],
    ['ﾛﾎﾞｯﾄ', 'ろぼっと'],
    ['ロボット', 'ろぼっと'],
    ['ろぼっと', 'ろぼっと'],
    ['Machine Learning', 'machinelearning'],
    ['machine_learning', 'machinelearning'],
    ['machine-learning', 'machinelearning'],
    ['  machine \t learning  ', 'machinelearning'],
    ['スマート・シティ', 'すまーとしてぃ'],
    ['スマート　シティ', 'すまーとしてぃ'],
    ['ｽﾏｰﾄ･ｼﾃｨ', 'すまーとしてぃ'],
    ['#AI', 'ai'],
    ['＃ＡＩ', 'ai'],
    ['「防災」', '防災'],
    ['AI!', 'ai'],
    ['AI。', 'ai'],
    ['C#', 'c#'],
    ['.NET', '.net'],
    ['C++', 'c++'],
    ['ヴァイオリン', 'ばいおりん'],
    ['バイオリン', 'ばいおりん'],
    ['ネイティヴ', 'ねいてぃぶ'],
    ['レヴュー', 'れびゅ'],
    ['コンピューター', 'こんぴゅーた'],
    ['コンピュータ', 'こんぴゅーた'],
    ['ビール', 'びーる'],
    ['霞ヶ関', '霞け関'],
    ['か゛', 'が'],
    ['AI（人工知能）', 'ai人工知能'],
    ['zero\u200Bwidth', 'zerowidth'],
    ['', ''],
    ['   ', ''],
    ['#', ''],
    ['ー', ''],
  ])('%j → %j', (input, expected) => {
    expect(normalizeTagText(input)).toBe(expected);
  });

  it('keeps an inner prolonged sound mark (ビール ≠ ビル)', () => {
    expect(normalizeTagText('ビール')).not.toBe(normalizeTagText('ビル'));
  });

  it('is idempotent (property)', () => {
    const tricky = fc.constantFrom(
      ...'アいウヴヵヶゕゖヷヽー・･ﾞﾟ゛゜\u3099\u309A-_ 　#＃.。、!？()（）「」"\'~〜·•ＡaZ1１ΣİẞéE\u0301\u200B\u200D\uFEFF\u00AD\t\n'.split(
        '',
      ),
      '\uD800',
      '\uDC00',
      '😀',
      '👩‍💻',
    );
    const arb = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 40 }),
      fc.string({ unit: 'grapheme', maxLength: 40 }),
      fc.array(tricky, { maxLength: 30 }).map((a) => a.join('')),
    );
    fc.assert(
      fc.property(arb, (s) => {
        const once = normalizeTagText(s);
        expect(normalizeTagText(once)).toBe(once);
      }),
      { numRuns: 3000 },
    );
  });
});

describe('resolveTag', () => {
  it.each([
    '人工知能',
    'AI',
    'ai',
    'machine learning',
    'Machine Learning',
    'ＡＩ',
    '＃ＡＩ',
    'ML',
    '機械学習',
    'ディープラーニング',
    'でぃーぷらーにんぐ',
    'deep-learning',
    'じんこうちのう',
  ])('%j → ai', (input) => {
    expect(resolveTag(input)).toEqual({ id: 'ai', canonical: true });
  });

  it('folds katakana, hiragana, half-width katakana and case', () => {
    for (const s of ['ロボット', 'ろぼっと', 'ﾛﾎﾞｯﾄ', 'ROBOT', 'Robotics', 'ロボティクス', 'ろぼてぃくす'])
      expect(idOf(s)).toBe('robotics');
    for (const s of ['メタバース', 'めたばーす', 'ﾒﾀﾊﾞｰｽ', 'METAVERSE']) expect(idOf(s)).toBe('metaverse');
    expect(idOf('ヴァーチャルリアリティ')).toBe('vr');
    expect(idOf('バーチャル・リアリティ')).toBe('vr');
    expect(idOf('アクセラレータ')).toBe('accelerator'); // listed as アクセラレーター
  });

  it('ignores separators and punctuation variants', () => {
    for (const s of [
      'smart city',
      'Smart-City',
      'smart_city',
      'SmartCity',
      '#smartcity',
      'スマートシティ',
      'スマート・シティ',
      'smart-city',
    ])
      expect(idOf(s)).toBe('smart-city');
    for (const s of ['e-sports', 'esports', 'E Sports', 'eスポーツ', 'ｅスポーツ']) expect(idOf(s)).toBe('esports');
  });

  it('resolves the spec examples', () => {
    expect(idOf('港湾')).toBe('port');
    expect(idOf('みなと')).toBe('port');
    expect(idOf('伝統工芸')).toBe('crafts');
    expect(idOf('脱炭素')).toBe('decarbonization');
    expect(idOf('Decarbonization')).toBe('decarbonization');
    expect(idOf('高齢化')).toBe('ageing-society');
    expect(idOf('防災')).toBe('disaster-prevention');
    expect(idOf('まちづくり')).toBe('urban-development');
    expect(idOf('地方創生')).toBe('regional-revitalization');
    expect(idOf('D&I')).toBe('diversity-inclusion');
    expect(idOf('ＳＤＧｓ')).toBe('sdgs');
    expect(idOf('B2B SaaS')).toBe('b2b-saas');
    expect(idOf('PoC')).toBe('poc');
    expect(idOf('クラファン')).toBe('crowdfunding');
  });

  it('accepts a simple English plural of a listed term', () => {
    expect(idOf('Drones')).toBe('drones');
    expect(idOf('semiconductors')).toBe('semiconductors');
    expect(idOf('hackathons')).toBe('hackathon');
    expect(idOf('mentorships')).toBe('mentoring');
    expect(resolveTag('glass')?.canonical).toBe(false); // no 'ss' stripping
  });

  it('makes free tags, normalised the same way', () => {
    const variants = [
      'Yokohama Beer',
      'yokohama-beer',
      'ＹＯＫＯＨＡＭＡ　ＢＥＥＲ',
      '#yokohama_beer',
      '  Yokohama  Beer  ',
    ];
    for (const v of variants) {
      expect(resolveTag(v)).toMatchObject({ id: 'free:yokohamabeer', canonical: false });
    }
    expect(resolveTag('  Yokohama  Beer  ')).toEqual({
      id: 'free:yokohamabeer',
      canonical: false,
      label: 'Yokohama Beer',
    });
    expect(resolveTag('#クラフトビール')).toEqual({
      id: 'free:くらふとびーる',
      canonical: false,
      label: 'クラフトビール',
    });
    expect(idOf('ｸﾗﾌﾄﾋﾞｰﾙ')).toBe('free:くらふとびーる');
    expect(idOf('くらふと・びーる')).toBe('free:くらふとびーる');
    expect(resolveTag('ＡＩ倫理ガイドライン')).toEqual({
      id: 'free:ai倫理がいどらいん',
      canonical: false,
      label: 'AI倫理ガイドライン',
    });
  });

  it('returns null for empty input and over-long free tags', () => {
    for (const s of ['', '   ', '#', '・・・', '!!!', '\u200B']) expect(resolveTag(s)).toBeNull();
    expect(resolveTag('x'.repeat(FREE_TAG_MAX_LENGTH))).toMatchObject({ canonical: false });
    expect(resolveTag('x'.repeat(FREE_TAG_MAX_LENGTH + 1))).toBeNull();
    // a long phrase is fine when it is a vocabulary term
    expect(idOf('ふるさと納税型クラウドファンディング')).toBe('crowdfunding');
  });

  it('never throws and only produces valid ids (property)', () => {
    const arb = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 200 }),
      fc.string({ unit: 'grapheme', maxLength: 200 }),
      fc.string({ unit: 'grapheme-ascii', maxLength: 60 }),
      fc.constantFrom(...[...TAG_BY_ID.values()].flatMap((t) => [t.ja, t.en, ...t.synonyms.ja, ...t.synonyms.en])),
    );
    fc.assert(
      fc.property(arb, (s) => {
        const r = resolveTag(s);
        if (r === null) return;
        expect(TagIdSchema.safeParse(r.id).success).toBe(true);
        if (r.canonical) {
          expect(TAG_BY_ID.has(r.id)).toBe(true);
        } else {
          expect(r.id.startsWith('free:')).toBe(true);
          expect(r.label.length).toBeGreaterThan(0);
          expect(r.label.length).toBeLessThanOrEqual(FREE_TAG_MAX_LENGTH);
          expect(r.label).toBe(r.label.trim());
          // the free id is stable: resolving the label again gives the same tag
          expect(resolveTag(r.label)?.id).toBe(r.id);
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('gives the same result for full-width ASCII input (property)', () => {
    const toFullWidth = (s: string) =>
      s.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)).replace(/ /g, '\u3000');
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme-ascii', maxLength: 40 }), (s) => {
        expect(resolveTag(toFullWidth(s))?.id).toBe(resolveTag(s)?.id);
      }),
    );
  });
});

describe('TagIdSchema', () => {
  it('accepts canonical ids and normalised free ids', () => {
    for (const id of ['ai', 'smart-city', 'free:yokohamabeer', 'free:くらふとびーる', 'free:c#']) {
      expect(TagIdSchema.safeParse(id).success).toBe(true);
    }
  });

  it('rejects unknown, non-normalised, empty and over-long ids', () => {
    for (const id of [
      '',
      'nope',
      'AI',
      'free:',
      'free:Yokohama Beer',
      'free:クラフトビール',
      'free:#x',
      `free:${'x'.repeat(56)}`,
      42,
      null,
    ]) {
      expect(TagIdSchema.safeParse(id).success).toBe(false);
    }
    expect(isValidTagId(`free:${'x'.repeat(55)}`)).toBe(true);
  });
});

describe('canonicalizeTagId and tagLabel', () => {
  it('upgrades free ids that are now vocabulary terms', () => {
    expect(canonicalizeTagId('free:machinelearning')).toBe('ai');
    expect(canonicalizeTagId('free:yokohamabeer')).toBe('free:yokohamabeer');
    expect(canonicalizeTagId('ai')).toBe('ai');
  });

  it('labels canonical, free and unknown ids', () => {
    expect(tagLabel('ai', 'en')).toBe('AI');
    expect(tagLabel('ai', 'ja')).toBe('AI・人工知能');
    expect(tagLabel('port', 'ja')).toBe('港湾');
    expect(tagLabel('port', 'en')).toBe('Ports & Harbours');
    expect(tagLabel('free:くらふとびーる', 'en')).toBe('くらふとびーる');
    expect(tagLabel('gone-tag', 'ja')).toBe('gone-tag');
  });
});

describe('searchTags', () => {
  const ids = (q: string, lang: 'ja' | 'en' = 'ja', limit?: number) => searchTags(q, lang, limit).map((r) => r.id);

  it('matches label prefixes in both languages', () => {
    expect(ids('ロボ')).toContain('robotics');
    expect(ids('robo', 'en')).toContain('robotics');
    expect(ids('サステ')[0]).toBe('sustainability');
    expect(ids('sustain', 'en')[0]).toBe('sustainability');
    expect(ids('港')).toContain('port');
  });

  it('is kana-, width- and case-insensitive', () => {
    expect(ids('ろぼ')).toEqual(ids('ロボ'));
    expect(ids('ﾛﾎﾞ')).toEqual(ids('ロボ'));
    expect(ids('ろぼ')[0]).toBe('robotics');
    expect(ids('ROBO', 'en')).toEqual(ids('robo', 'en'));
    expect(ids('ｒｏｂｏ', 'en')).toEqual(ids('robo', 'en'));
  });

  it('finds kanji terms from their hiragana reading (unconverted IME input)', () => {
    const ai = searchTags('じんこう', 'ja').find((r) => r.id === 'ai');
    expect(ai?.matched).toBe('人工知能');
    expect(ids('ジンコウ')).toEqual(ids('じんこう'));
    expect(ids('ぼうさ')[0]).toBe('disaster-prevention');
    expect(ids('人工')).toContain('ai');
  });

  it('matches synonyms, reporting which term matched', () => {
    const r = searchTags('machine', 'en').find((x) => x.id === 'ai');
    expect(r).toEqual({
      id: 'ai',
      label: 'AI',
      otherLabel: 'AI・人工知能',
      category: 'technology',
      matched: 'machine learning',
    });
    expect(ids('メタ')).toContain('metaverse');
    expect(ids('web3', 'en')[0]).toBe('web3');
  });

  it('ranks exact label > exact synonym > label prefix > synonym prefix > substring', () => {
    expect(ids('AI', 'en')[0]).toBe('ai'); // exact label beats 'AI Agents', 'AI Ethics'…
    expect(ids('AI', 'en').slice(1, 3).sort()).toEqual(['ai-agents', 'ai-ethics']); // label prefixes, shortest first
    expect(ids('デザイン')[0]).toBe('design');
    expect(ids('ml', 'en')[0]).toBe('ai'); // exact synonym
    // tiers never go back up, whatever the query (readings excluded: latin queries)
    for (const q of ['city', 'design', 'ai', 'data', 'port', 'smart', 'art', 'tech', 'media']) {
      const results = searchTags(q, 'en', 50);
      const key = normalizeTagText(q);
      const tiers = results.map((r) => {
        const tag = TAG_BY_ID.get(r.id);
        const isLabel = r.matched === tag?.ja || r.matched === tag?.en;
        const m = normalizeTagText(r.matched);
        if (m === key) return isLabel ? 0 : 1;
        if (m.startsWith(key)) return isLabel ? 2 : 3;
        expect(m).toContain(key);
        return 4;
      });
      expect(tiers).toEqual([...tiers].sort((x, y) => x - y));
    }
    expect(ids('city', 'en')).toContain('smart-city');
    expect(ids('してぃ')).toContain('smart-city'); // substring of スマートシティ
  });

  it('returns labels in the requested language', () => {
    const [ja] = searchTags('防災', 'ja');
    const [en] = searchTags('防災', 'en');
    expect(ja).toMatchObject({
      id: 'disaster-prevention',
      label: '防災',
      otherLabel: 'Disaster Prevention',
      category: 'social',
    });
    expect(en).toMatchObject({ id: 'disaster-prevention', label: 'Disaster Prevention', otherLabel: '防災' });
  });

  it('respects the limit and handles empty queries', () => {
    expect(searchTags('s', 'en')).toHaveLength(10);
    expect(searchTags('s', 'en', 3)).toHaveLength(3);
    expect(searchTags('s', 'en', 0)).toEqual([]);
    expect(searchTags('', 'en')).toEqual([]);
    expect(searchTags('  #  ', 'ja')).toEqual([]);
    expect(searchTags('zzzzzz', 'ja')).toEqual([]);
  });

  it('takes well under 1 ms per query', () => {
    const queries = ['a', 'ai', 'ろぼ', 'ロボティクス', 'smart c', 'じんこう', '防', 'design', 'xyzzy', 'サステナ'];
    for (const q of queries) searchTags(q, 'ja'); // warm up
    const runs = 2000;
    const start = performance.now();
    for (let i = 0; i < runs; i++) searchTags(queries[i % queries.length] ?? '', i % 2 ? 'ja' : 'en');
    const perQuery = (performance.now() - start) / runs;
    expect(perQuery).toBeLessThan(1);
  });
});

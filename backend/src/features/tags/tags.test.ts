import request from 'supertest';
import { buildTestApp } from '../../../test/helpers';

const { app } = buildTestApp();

interface Suggestion {
  id: string;
  label: string;
  otherLabel: string;
  category: string;
}

async function suggest(query: string): Promise<Suggestion[]> {
  const res = await request(app).get(`/api/tags?${query}`).expect(200);
  return res.body.items as Suggestion[];
}

describe('tag autocomplete', () => {
  it('finds a tag from an English prefix and labels it in English with the Japanese beside it', async () => {
    const items = await suggest('q=artificial&lang=en');
    expect(items[0]).toEqual({ id: 'ai', label: 'AI', otherLabel: 'AI・人工知能', category: 'technology' });
  });

  it('finds the same tag from Japanese, labelled in Japanese', async () => {
    const items = await suggest(`q=${encodeURIComponent('人工知')}&lang=ja`);
    expect(items[0]).toMatchObject({ id: 'ai', label: 'AI・人工知能', otherLabel: 'AI' });
  });

  it('is kana-insensitive: hiragana readings and katakana find the same tags', async () => {
    const reading = await suggest(`q=${encodeURIComponent('じんこう')}&lang=ja`);
    expect(reading.map((t) => t.id)).toContain('ai');
    const katakana = await suggest(`q=${encodeURIComponent('ロボ')}&lang=ja`);
    const hiragana = await suggest(`q=${encodeURIComponent('ろぼ')}&lang=ja`);
    expect(katakana.length).toBeGreaterThan(0);
    expect(hiragana).toEqual(katakana);
  });

  it('honours limit, answers an empty query with no items, and defaults to Japanese labels', async () => {
    expect(await suggest('q=a&lang=en&limit=3')).toHaveLength(3);
    expect(await suggest('q=')).toEqual([]);
    expect((await suggest('q=artificial'))[0]).toMatchObject({ id: 'ai', label: 'AI・人工知能' });
  });

  it.each([
    ['an unknown language', 'q=ai&lang=fr'],
    ['a limit over 30', 'q=ai&limit=31'],
    ['an unknown parameter', 'q=ai&category=technology'],
    ['a repeated q', 'q=a&q=b'],
  ])('refuses %s with 400', async (_what, query) => {
    const res = await request(app).get(`/api/tags?${query}`);
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('validation_failed');
  });
});

import { describe, expect, it } from 'vitest';
import { ERROR_CODES } from '@musubi/shared';
import en from './en.json';
import ja from './ja.json';

type Messages = { [key: string]: string | Messages };

function flatten(messages: Messages, prefix = ''): Map<string, string> {
  const flat = new Map<string, string>();
  for (const [key, value] of Object.entries(messages)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') flat.set(path, value);
    else for (const [k, v] of flatten(value, path)) flat.set(k, v);
  }
  return flat;
}

const variables = (text: string) => [...text.matchAll(/{{\s*(\w+)\s*}}/g)].map((m) => m[1]).sort();

const flatEn = flatten(en);
const flatJa = flatten(ja);

describe('translations', () => {
  it('every Japanese key exists in English', () => {
    const missing = [...flatJa.keys()].filter((key) => !flatEn.has(key));
    expect(missing).toEqual([]);
  });

  it('every English key exists in Japanese', () => {
    const missing = [...flatEn.keys()].filter((key) => !flatJa.has(key));
    expect(missing).toEqual([]);
  });

  it('no message is empty', () => {
    const empty = [...flatEn, ...flatJa].filter(([, text]) => text.trim() === '').map(([k]) => k);
    expect(empty).toEqual([]);
  });

  it('both languages use the same {{variables}} in each message', () => {
    const differing = [...flatEn.keys()].filter(
      (key) => variables(flatEn.get(key) ?? '').join() !== variables(flatJa.get(key) ?? '').join(),
    );
    expect(differing).toEqual([]);
  });

  it('every server error code has a message', () => {
    const missing = ERROR_CODES.filter((code) => !flatEn.has(`errors.${code}`));
    expect(missing).toEqual([]);
  });
});

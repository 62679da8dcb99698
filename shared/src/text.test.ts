import fc from 'fast-check';
import { DisplayNameSchema } from './auth';
import { SendMessageSchema } from './chat';
import { UpsertProfileSchema } from './profiles';
import { isCleanLine, isCleanText, lineText, multilineText } from './text';

const isControl = (c: number) => c <= 0x1f || (c >= 0x7f && c <= 0x9f);
const isBidiControl = (c: number) => (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
const codePoints = (s: string) => Array.from(s, (ch) => ch.codePointAt(0)!);

/** Any text, biased towards the characters the validators care about. */
const anyText = fc.string({
  unit: fc.oneof(
    fc.constantFrom('\u0000', '\t', '\n', '\r', '\u001b', '\u007f', '\u0085', '\u009f', '\u202e', '\u2066', '\u2069'),
    fc.constantFrom('a', 'Z', ' ', '山', '田', '＝', '😀'),
    fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
  ),
  maxLength: 40,
});

/** Text without any control character (bidi controls excluded too): what a person types. */
const cleanText = fc
  .string({ unit: 'grapheme', maxLength: 40 })
  .filter((s) => codePoints(s).every((c) => !isControl(c) && !isBidiControl(c)));
const forbiddenInText = fc
  .integer({ min: 0, max: 0x9f })
  .filter((c) => isControl(c) && c !== 0x09 && c !== 0x0a && c !== 0x0d)
  .map((c) => String.fromCodePoint(c));

describe('lineText (names, titles)', () => {
  const schema = lineText(200);

  it('accepts a text only when it holds no control, line-break or bidi-override character', () => {
    fc.assert(
      fc.property(anyText, (s) => {
        const cleanLine = (t: string) => codePoints(t).every((c) => !isControl(c) && !isBidiControl(c));
        // The schema trims first, so only what is left counts.
        expect(schema.safeParse(s).success).toBe(cleanLine(s.trim()));
        expect(isCleanLine(s)).toBe(cleanLine(s));
      }),
      { numRuns: 2000 },
    );
  });

  it('accepts anything a person types, trimmed', () => {
    fc.assert(
      fc.property(cleanText, (s) => {
        expect(schema.parse(s)).toBe(s.trim());
      }),
    );
  });
});

describe('multilineText (descriptions, messages)', () => {
  const schema = multilineText(400);

  it('keeps tabs and line breaks and refuses any other C0 control, DEL or C1 control wherever it is', () => {
    fc.assert(
      fc.property(cleanText, cleanText, fc.constantFrom('\t', '\n', '\r\n'), forbiddenInText, (a, b, space, bad) => {
        expect(schema.safeParse(`${a}x${space}x${b}`).success).toBe(true);
        expect(schema.safeParse(`${a}x${bad}x${b}`).success).toBe(false);
        expect(isCleanText(`${a}${bad}${b}`)).toBe(false);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('schemas built from these blocks', () => {
  it('refuse NUL in a display name, a chat message and a profile name, and a line break in a name', () => {
    expect(DisplayNameSchema.safeParse('Ada\u0000Lovelace').success).toBe(false);
    expect(DisplayNameSchema.safeParse('Ada\nLovelace').success).toBe(false);
    expect(DisplayNameSchema.safeParse('\u202Eecila').success).toBe(false);
    expect(DisplayNameSchema.safeParse('山田 花子').success).toBe(true);
    const message = { conversationId: 'a'.repeat(24), clientId: 'c_12345678', text: 'hi\u0000' };
    expect(SendMessageSchema.safeParse(message).success).toBe(false);
    expect(SendMessageSchema.safeParse({ ...message, text: 'hi\nthere\t!' }).success).toBe(true);
    const profile = UpsertProfileSchema.safeParse({ kind: 'startup', name: { en: 'Acme\u0000' } });
    expect(profile.success).toBe(false);
    if (!profile.success) expect(profile.error.issues.some((i) => i.path.join('.') === 'name.en')).toBe(true);
  });
});

import { z } from 'zod';

/**
 * Characters no user text may hold: C0 controls except tab, line feed and carriage return; DEL;
 * C1 controls. NUL and friends break exports, logs and other systems that read our data.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL_IN_TEXT = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/u;
/**
 * A one-line text (a name, title, label) also refuses tab and line breaks, and the bidirectional
 * overrides and isolates (U+202A–U+202E, U+2066–U+2069) that make a name display as another.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL_IN_LINE = /[\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/u;

/** Whether `text` is free of the control characters a multi-line text (message, description) refuses. */
export const isCleanText = (text: string): boolean => !CONTROL_IN_TEXT.test(text);
/** Whether `text` is free of the control characters a one-line text (name, title) refuses. */
export const isCleanLine = (text: string): boolean => !CONTROL_IN_LINE.test(text);

/** A one-line text, trimmed: names, titles, labels, places. */
export const lineText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .refine(isCleanLine, { message: 'Control characters and line breaks are not allowed here' });

/** A multi-line text, trimmed: descriptions, messages, notes. Tabs and line breaks are kept. */
export const multilineText = (max: number) =>
  z.string().trim().max(max).refine(isCleanText, { message: 'Control characters are not allowed' });

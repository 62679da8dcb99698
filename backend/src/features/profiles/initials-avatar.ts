import { createHash } from 'node:crypto';
import type { LocalizedText } from '@musubi/shared';

const escapeXml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** A Japanese legal form before or after the name (株式会社ミナト, ミナト合同会社): not a letter of it. */
const JA_LEGAL_FORM =
  /^(?:株式会社|合同会社|有限会社|合資会社|合名会社|一般社団法人|一般財団法人|公益社団法人|公益財団法人|特定非営利活動法人|NPO法人|[（(]株[）)])\s*|\s*(?:株式会社|合同会社|有限会社|合資会社|合名会社|[（(]株[）)])$/gu;

/**
 * Up to two letters for a picture: the first letters of the first two English words, or the
 * first two characters of the Japanese name without its legal form (code points, so no surrogate
 * half is cut).
 */
export function initialsOf(name: LocalizedText): string {
  const en = name.en?.trim();
  if (en) {
    const words = en.split(/\s+/);
    const letters =
      words.length > 1 ? words.slice(0, 2).map((w) => Array.from(w)[0]) : Array.from(words[0]!).slice(0, 1);
    return letters.join('').toUpperCase();
  }
  const ja = name.ja?.trim() ?? '';
  return Array.from(ja.replace(JA_LEGAL_FORM, '') || ja)
    .slice(0, 2)
    .join('');
}

/** A stable, readable background colour per profile id (white text stays legible on it). */
export function colourFor(id: string): string {
  const hue = createHash('sha256').update(id).digest().readUInt16BE(0) % 360;
  return `hsl(${hue}, 55%, 42%)`;
}

/** An SVG avatar with the profile's initials, used when no picture was uploaded. */
export function renderInitialsAvatar(id: string, name: LocalizedText): string {
  const initials = escapeXml(initialsOf(name) || '?');
  return [
    '<svg xmlns="http://www.w3.org/2000/svg" width="128" height="128" viewBox="0 0 128 128">',
    `<rect width="128" height="128" fill="${colourFor(id)}"/>`,
    '<text x="64" y="64" dy="0.35em" text-anchor="middle" fill="#ffffff" font-size="52" ',
    "font-family=\"'Noto Sans JP', 'Hiragino Sans', 'Helvetica Neue', Arial, sans-serif\">",
    initials,
    '</text></svg>',
  ].join('');
}

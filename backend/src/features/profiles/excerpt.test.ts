import { CARD_EXCERPT_MAX } from '@musubi/shared';
import { excerptOf } from './profile.presenter';

describe('excerptOf (a card’s short description)', () => {
  it('keeps a short text whole, with whitespace runs as one space', () => {
    expect(excerptOf('  Robots for\n\nthe port.  ')).toBe('Robots for the port.');
  });

  it('cuts a long English text after a word, within the limit, and marks the cut', () => {
    const text = 'Autonomous delivery robots for Yokohama port logistics and warehouses. '.repeat(10);
    const excerpt = excerptOf(text);
    expect(excerpt.length).toBeLessThanOrEqual(CARD_EXCERPT_MAX);
    expect(excerpt).toMatch(/^Autonomous delivery robots .*[a-z.]…$/);
    expect(text.startsWith(excerpt.slice(0, -1))).toBe(true);
  });

  it('cuts Japanese after a sentence or clause mark, and never inside a surrogate pair', () => {
    const ja = '横浜港の物流を自動運転ロボットで支えます。'.repeat(20);
    expect(excerptOf(ja)).toMatch(/。…$/);
    const emoji = '🚢'.repeat(200);
    const cut = excerptOf(emoji);
    expect(cut.length).toBeLessThanOrEqual(CARD_EXCERPT_MAX);
    expect(cut).toMatch(/^(🚢)+…$/u);
  });
});

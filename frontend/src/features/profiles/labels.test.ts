import { describe, expect, it } from 'vitest';
import i18n from '../../i18n';
import { locationLabel } from './labels';

const label = (location: Parameters<typeof locationLabel>[0], lang: 'ja' | 'en') =>
  locationLabel(location, i18n.getFixedT(lang), lang);

describe('locationLabel', () => {
  it('does not repeat the area when the city already names it in the reader’s language', () => {
    expect(label({ area: 'yokohama', city: '横浜・本牧' }, 'ja')).toBe('横浜・本牧');
    expect(label({ area: 'yokohama', city: 'Kohoku, Yokohama' }, 'en')).toBe('Kohoku, Yokohama');
  });

  it('keeps the area in the reader’s language before a city written in the other language', () => {
    expect(label({ area: 'yokohama', city: '横浜・本牧' }, 'en')).toBe('Yokohama · 横浜・本牧');
    expect(label({ area: 'yokohama', city: 'Kohoku, Yokohama' }, 'ja')).toBe('横浜 · Kohoku, Yokohama');
    expect(label({ area: 'shibuya', city: 'Jingumae' }, 'en')).toBe('Shibuya · Jingumae');
  });
});

// Guards against: a copy whose map needs a network or script, leaves out a place, or bloats the one-file copy.
import { describe, expect, it } from 'vitest';
import countryNames from '../../../content/map/country-names.json' with { type: 'json' };
import { COPY_MAP_WIDTH, copyMapParts, renderCopyMap, SHORT_NAMES } from '../../../src/build/copy-map.ts';
import { CATALOGUES } from '../../../src/i18n/index.ts';
import { TRANSLATION_LANGS } from '../../../src/i18n/languages.ts';

describe('the copy’s static map', () => {
  const svg = renderCopyMap();

  it('is one self-contained inline SVG: nothing to fetch, no script, no links', () => {
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg).not.toMatch(/<script|<image|<use|href=|url\(|@import|<foreignObject/i);
    expect(svg).toMatch(/role="img" aria-labelledby="copy-map-title"/);
  });

  it('marks and names both places of the photos, and the countries around them', () => {
    expect(svg).toMatch(/Map of the places in the photos: Great Stone: China–Belarus Industrial Park; Shahristan Pass/);
    for (const name of [
      'Great Stone',
      'Shahristan Pass',
      'Anzob Pass',
      'Tajikistan',
      'Kazakhstan',
      'Uzbekistan',
      'Belarus',
    ]) {
      expect(svg, name).toContain(`>${name}</text>`);
    }
    expect(svg.match(/<g class="place"><circle/g)).toHaveLength(3);
  });

  it('draws land inside its frame, and stays small (the whole copy has a 300 KB budget)', () => {
    const [, w, h] = (/viewBox="0 0 (\d+) (\d+)"/.exec(svg) ?? []).map(Number);
    expect(w).toBe(COPY_MAP_WIDTH);
    expect(h).toBeGreaterThan(300);
    const land = /<path d="(M[^"]+)" fill="#f4f1ea"/.exec(svg)?.[1] ?? '';
    const numbers = land.match(/-?\d+(\.\d+)?/g)?.map(Number) ?? [];
    expect(numbers.length).toBeGreaterThan(1000);
    expect(Math.min(...numbers)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...numbers)).toBeLessThanOrEqual(COPY_MAP_WIDTH);
    expect(svg.length).toBeLessThan(60_000);
  });
});

describe('the copy’s static map in Russian and Tajik', () => {
  for (const lang of TRANSLATION_LANGS) {
    const svg = renderCopyMap(lang);
    const names = countryNames.names as Record<string, { ru: string; tg: string }>;

    it(`${lang}: names the places by the map catalogue's sourced names, and the countries by CLDR's`, () => {
      const map: Record<string, unknown> = CATALOGUES[lang].map;
      for (const [id, short] of Object.entries(SHORT_NAMES[lang])) {
        expect(map[`${id}.name`], `${id} in ${lang}`).toContain(short);
        expect(svg, short).toContain(`>${short}</text>`);
      }
      for (const country of ['Tajikistan', 'Kazakhstan', 'Uzbekistan', 'Kyrgyzstan', 'Belarus']) {
        expect(svg, country).toContain(`>${names[country]?.[lang]}</text>`);
        expect(svg, country).not.toContain(`>${country}</text>`);
      }
    });

    it(`${lang}: shares its shapes with the English map; only the names differ`, () => {
      expect(copyMapParts(lang).frame).toBe(copyMapParts('en').frame);
      expect(copyMapParts(lang).names).not.toBe(copyMapParts('en').names);
      expect(copyMapParts(lang).names.length).toBeLessThan(6_000);
    });
  }
});

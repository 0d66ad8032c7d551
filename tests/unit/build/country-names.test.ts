/**
 * Guards content/map/country-names.json (written by `npm run map-names`): a map regenerated with a country the
 * names file lacks, a name that is not the language's (Latin letters, empty), or a file drifted from the CLDR
 * it says it came from fails here, not on a Russian or Tajik reader's map.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  COUNTRY_NAMES_FILE,
  countryNames,
  icuHasNames,
  labelledCountries,
} from '../../../src/build/map-data/country-names.ts';
import type { CountryNames } from '../../../src/map/types.ts';

const file = JSON.parse(readFileSync(COUNTRY_NAMES_FILE, 'utf8')) as CountryNames;
/** Natural Earth labels these, but they have no ISO 3166-1 code, so CLDR has no name for them. */
const NO_ISO_CODE = ['N. Cyprus', 'Siachen Glacier', 'Somaliland'];

describe('the map’s country names in Russian and Tajik', () => {
  it('name every country the map labels, except the three with no ISO code', () => {
    const missing = labelledCountries().filter((country) => !file.names[country]);
    expect(missing).toEqual(NO_ISO_CODE);
    expect(Object.keys(file.names).filter((country) => !labelledCountries().includes(country))).toEqual([]);
  });

  it('are each a Cyrillic name under an ISO code, with the source recorded', () => {
    expect(file.source).toContain(`Unicode CLDR ${file.cldr}`);
    for (const [country, entry] of Object.entries(file.names)) {
      expect(entry.code, country).toMatch(/^[A-Z]{2}$/);
      for (const name of [entry.ru, entry.tg]) {
        expect(name, country).toMatch(/\p{Script=Cyrillic}/u);
        expect(name, country).not.toMatch(/\p{Script=Latin}/u);
      }
    }
    // The states the article is about, as CLDR names them.
    expect(file.names.Tajikistan).toEqual({ code: 'TJ', ru: 'Таджикистан', tg: 'Тоҷикистон' });
    expect(file.names.Belarus).toEqual({ code: 'BY', ru: 'Беларусь', tg: 'Белорус' });
    expect(file.names.China).toEqual({ code: 'CN', ru: 'Китай', tg: 'Хитой' });
  });

  const sameCldr = icuHasNames() && process.versions.cldr === file.cldr;
  it.skipIf(!sameCldr)('are what CLDR gives today (skipped where this Node has other CLDR data)', () => {
    expect(countryNames(labelledCountries())).toEqual(file);
  });
});

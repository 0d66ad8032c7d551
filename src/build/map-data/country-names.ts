/**
 * Build tool (`npm run map-names`, also run by `npm run map-data`): the map's country names in Russian and
 * Tajik, from Unicode CLDR's territory names as Node's full ICU ships them (`Intl.DisplayNames`), written to
 * content/map/country-names.json with the CLDR version they came from. The basemap's labels carry Natural
 * Earth's English names; each is matched to its ISO 3166-1 code by CLDR's English name, or by hand below
 * where Natural Earth shortens or differs. A name with no ISO code (Somaliland, N. Cyprus, Siachen Glacier)
 * has no CLDR name, so it stays as Natural Earth writes it.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { TRANSLATION_LANGS, type TranslationLang } from '../../i18n/languages.ts';
import type { BasemapData, CountryNames } from '../../map/types.ts';

const MAP_DIR = join(process.cwd(), 'content', 'map');
const BASEMAPS = ['overview', 'detail-belarus', 'detail-tajikistan'];
export const COUNTRY_NAMES_FILE = join(MAP_DIR, 'country-names.json');

/** Natural Earth names whose CLDR English name differs (CLDR's in the comment). */
const BY_HAND: Readonly<Record<string, string>> = {
  Turkey: 'TR', // Türkiye
  Myanmar: 'MM', // Myanmar (Burma)
  'Bosnia and Herz.': 'BA', // Bosnia & Herzegovina
  Macedonia: 'MK', // North Macedonia
  Palestine: 'PS', // Palestinian Territories
  Åland: 'AX', // Åland Islands
  'Hong Kong': 'HK', // Hong Kong SAR China
  'N. Mariana Is.': 'MP', // Northern Mariana Islands
};

/** Every country name the basemap labels, from the generated files in content/map/. */
export function labelledCountries(dir = MAP_DIR): string[] {
  const names = new Set<string>();
  for (const id of BASEMAPS) {
    const data = JSON.parse(readFileSync(join(dir, `${id}.json`), 'utf8')) as BasemapData;
    for (const label of data.countries) names.add(label.name);
  }
  return [...names].sort();
}

/** Whether this Node's ICU has CLDR's names in every translation language (a small-icu build has English only). */
export function icuHasNames(): boolean {
  return TRANSLATION_LANGS.every((l) => new Intl.DisplayNames([l], { type: 'region' }).resolvedOptions().locale === l);
}

/** The names, in each translation language, of the countries given by their Natural Earth names. */
export function countryNames(countries: readonly string[]): CountryNames {
  if (!icuHasNames()) throw new Error(`map-names: this Node's ICU lacks ${TRANSLATION_LANGS.join('/')} names`);
  const english = new Intl.DisplayNames(['en'], { type: 'region' });
  const codeOf = new Map<string, string>();
  for (let a = 65; a <= 90; a++) {
    for (let b = 65; b <= 90; b++) {
      const code = String.fromCharCode(a, b);
      const name = english.of(code);
      if (name && name !== code && !codeOf.has(name)) codeOf.set(name, code);
    }
  }
  const display = Object.fromEntries(
    TRANSLATION_LANGS.map((l) => [l, new Intl.DisplayNames([l], { type: 'region', fallback: 'none' })]),
  ) as Record<TranslationLang, Intl.DisplayNames>;
  const names: CountryNames['names'] = {};
  for (const country of countries) {
    const code = BY_HAND[country] ?? codeOf.get(country);
    if (!code) continue;
    const entry = { code } as CountryNames['names'][string];
    for (const l of TRANSLATION_LANGS) {
      const name = display[l].of(code);
      if (!name) throw new Error(`map-names: CLDR has no ${l} name for ${country} (${code})`);
      entry[l] = name;
    }
    names[country] = entry;
  }
  return {
    source: `Unicode CLDR ${process.versions.cldr} territory names (via Node's Intl.DisplayNames), matched to the Natural Earth names by ISO 3166-1 code`,
    cldr: process.versions.cldr ?? '',
    names,
  };
}

/** Writes content/map/country-names.json. */
export function main(): void {
  const countries = labelledCountries();
  const data = countryNames(countries);
  writeFileSync(COUNTRY_NAMES_FILE, `${JSON.stringify(data, null, 2)}\n`);
  const kept = countries.filter((c) => !data.names[c]);
  console.log(
    `country-names.json: ${Object.keys(data.names).length} of ${countries.length} names from CLDR ${data.cldr}; kept in English: ${kept.join(', ')}`,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) main();

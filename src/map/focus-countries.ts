/**
 * The states the article is about: one list for `npm run map-data` (their names show at every zoom, their
 * capitals win label collisions) and the lazy map (their names drawn first and in bold). Ships lazily.
 */

/** Each state's name as Natural Earth writes it and its ISO code as GeoNames writes it. */
export const FOCUS_COUNTRIES: readonly { name: string; code: string }[] = [
  { name: 'Kazakhstan', code: 'KZ' },
  { name: 'Kyrgyzstan', code: 'KG' },
  { name: 'Tajikistan', code: 'TJ' },
  { name: 'Turkmenistan', code: 'TM' },
  { name: 'Uzbekistan', code: 'UZ' },
  { name: 'China', code: 'CN' },
  { name: 'Belarus', code: 'BY' },
];

/** The same states' names, as the labels carry them. */
export const FOCUS_COUNTRY_NAMES: readonly string[] = FOCUS_COUNTRIES.map((c) => c.name);

// First bundle (tiny): plural categories for the catalogue's counted messages.
import type { Language } from './languages.ts';

export type PluralCategory = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';

/**
 * Tajik, where the engines lack it. Node 20 (ICU 78) and Chromium 156 do not list `tg` in
 * Intl.PluralRules.supportedLocalesOf and answer with English rules from the default locale (checked by
 * tests/unit/i18n/plural.test.ts, which fails once an engine gains the data, so this can be dropped).
 * Our rule is "one: n = 1; other", the one gettext catalogues and fisharebest/localization's LanguageTg
 * (PluralRule1) use for Tajik. Tajik puts a noun after a numeral in the singular («се китоб», three books),
 * so the catalogue's Tajik messages use the same noun form in both categories.
 */
function tajik(n: number): PluralCategory {
  return n === 1 ? 'one' : 'other';
}

const FALLBACK: Partial<Record<Language, { select(n: number): PluralCategory; categories: PluralCategory[] }>> = {
  tg: { select: tajik, categories: ['one', 'other'] },
};

function engineHas(lang: Language): boolean {
  return Intl.PluralRules.supportedLocalesOf([lang]).length > 0;
}

/** The plural category of `n` in `lang`: Intl.PluralRules where the engine knows the language, else our rule. */
export function pluralCategory(lang: Language, n: number): PluralCategory {
  const fallback = FALLBACK[lang];
  if (fallback && !engineHas(lang)) return fallback.select(n);
  return new Intl.PluralRules(lang).select(n) as PluralCategory;
}

/** Every category `lang` distinguishes, so the catalogue test can demand a form for each. */
export function pluralCategories(lang: Language): PluralCategory[] {
  const fallback = FALLBACK[lang];
  if (fallback && !engineHas(lang)) return fallback.categories;
  return new Intl.PluralRules(lang).resolvedOptions().pluralCategories as PluralCategory[];
}

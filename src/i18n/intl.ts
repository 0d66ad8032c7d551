// Every bundle (tiny): dates and numbers in the interface language, with Intl.
import type { Language } from './languages.ts';
import { uiLanguage } from './runtime.ts';

/**
 * The locale Intl is asked for. Where an engine has no data for the language (Tajik is missing from some
 * engines' trimmed ICU data), asking for it would silently give English month names in a Tajik sentence; a
 * numeric date (`dd.mm.yyyy`, as both Russian and Tajik write it) is then the honest choice, so such a
 * language is formatted as Russian *numerically only* (see `formatDate`).
 */
function engineKnows(lang: Language): boolean {
  return Intl.DateTimeFormat.supportedLocalesOf([lang]).length > 0;
}

/** `date` as a reader of `lang` writes it: "2 December 2026", "2 декабря 2026 г.", "02 Декабр 2026". */
export function formatDate(date: Date | string, lang: Language = uiLanguage()): string {
  const d = typeof date === 'string' ? new Date(date) : date;
  if (engineKnows(lang)) return new Intl.DateTimeFormat(lang, { dateStyle: 'long' }).format(d);
  return new Intl.DateTimeFormat('ru', { day: '2-digit', month: '2-digit', year: 'numeric' }).format(d);
}

/** A number as the reader's language writes it (1,234.5 · 1 234,5); `options` as Intl.NumberFormat takes them. */
export function formatNumber(n: number, options?: Intl.NumberFormatOptions, lang: Language = uiLanguage()): string {
  return new Intl.NumberFormat(lang, options).format(n);
}

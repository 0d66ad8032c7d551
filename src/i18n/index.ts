/**
 * The typed message catalogue: one object per interface language, keyed like `en` (the reference). A missing
 * key fails the type check in ru.ts/tg.ts, and `catalogueProblems` (run by tests/unit/i18n) also catches
 * missing plural forms and placeholders that differ, which types cannot see.
 */
import type { Language } from './languages.ts';
import { en } from './messages/en.ts';
import { ru } from './messages/ru.ts';
import { tg } from './messages/tg.ts';
import { type PluralCategory, pluralCategories, pluralCategory } from './plural.ts';

/** A counted message: one form per plural category the language has (`other` always). */
type PluralMessage = Partial<Record<PluralCategory, string>> & { other: string };
export type Message = string | PluralMessage;
export type MessageKey = keyof typeof en;
export type Catalogue = { readonly [K in MessageKey]: (typeof en)[K] extends string ? string : PluralMessage };

export const CATALOGUES: Record<Language, Catalogue> = { en, ru, tg };

const PLACEHOLDER = /\{(\w+)\}/g;

/** The `{name}` placeholders a message uses, sorted, over all its plural forms. */
function placeholders(message: Message): string[] {
  const forms = typeof message === 'string' ? [message] : Object.values(message);
  return [...new Set(forms.flatMap((f) => [...(f ?? '').matchAll(PLACEHOLDER)].map((m) => m[1] ?? '')))].sort();
}

/** The message `key` in `lang` with its placeholders filled; a counted message picks its form by `count`. */
export function t(lang: Language, key: MessageKey, params: Record<string, string | number> = {}): string {
  const message: Message = CATALOGUES[lang][key];
  let text: string;
  if (typeof message === 'string') text = message;
  else {
    const count = Number(params.count);
    text = message[pluralCategory(lang, count)] ?? message.other;
  }
  return text.replace(PLACEHOLDER, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? new Intl.NumberFormat(lang).format(value) : value;
  });
}

/**
 * Everything wrong with a set of catalogues compared with English: missing or extra keys, a string where a
 * counted message belongs (or the reverse), a plural category the language needs but lacks, and placeholders
 * that differ. Empty when all is well.
 */
export function catalogueProblems(catalogues: Record<string, Record<string, Message>>): string[] {
  const problems: string[] = [];
  const reference = catalogues.en ?? {};
  for (const [lang, catalogue] of Object.entries(catalogues)) {
    for (const key of Object.keys(reference)) {
      const want = reference[key] as Message;
      const got = catalogue[key];
      if (got === undefined) {
        problems.push(`${lang}.${key}: missing`);
        continue;
      }
      if (typeof want !== typeof got)
        problems.push(`${lang}.${key}: must be ${typeof want === 'string' ? 'a string' : 'plural forms'}`);
      if (typeof got === 'object') {
        for (const category of pluralCategories(lang as Language)) {
          if (!got[category]) problems.push(`${lang}.${key}: no "${category}" form`);
        }
      }
      const a = placeholders(want).join(', ');
      const b = placeholders(got).join(', ');
      if (a !== b) problems.push(`${lang}.${key}: placeholders {${b}} differ from English {${a}}`);
    }
    for (const key of Object.keys(catalogue)) if (!(key in reference)) problems.push(`${lang}.${key}: not in English`);
  }
  return problems;
}

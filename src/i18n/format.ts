// Every bundle: turns one catalogue message into text (placeholders filled, plural form picked).
import type { Language } from './languages.ts';
import { type PluralCategory, pluralCategory } from './plural.ts';

/** A counted message: one form per plural category the language has (`other` always). */
type PluralMessage = Partial<Record<PluralCategory, string>> & { other: string };
export type Message = string | PluralMessage;
/** Values for a message's `{name}` placeholders; numbers are formatted in the message's language. */
export type Params = Record<string, string | number>;

/**
 * The shape every other language's area must have, given the English area: the same keys, a string where
 * English has a string and plural forms where English has them (the forms themselves differ by language).
 */
export type CatalogueOf<E> = { readonly [K in keyof E]: E[K] extends string ? string : PluralMessage };

export const PLACEHOLDER = /\{(\w+)\}/g;

/** `message` in `lang` with its placeholders filled; a counted message picks its form by `params.count`. */
export function format(lang: Language, message: Message, params: Params = {}): string {
  const text =
    typeof message === 'string' ? message : (message[pluralCategory(lang, Number(params.count))] ?? message.other);
  return text.replace(PLACEHOLDER, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? new Intl.NumberFormat(lang).format(value) : value;
  });
}

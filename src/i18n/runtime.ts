/**
 * First bundle (small): the interface language of this page and the translators components call.
 *
 * Each language has its own prerendered page (`/`, `/ru/`, `/tg/`) whose `<html lang>` is the interface
 * language; boot.js has already moved the reader to the page of their language before first paint, so the
 * language never changes while a page lives: components read their text once, nothing re-renders for it.
 *
 * Two kinds of area (src/i18n/messages/<lang>/<area>.ts):
 * - `core` areas (everything the first bundle shows): only the page's language is downloaded.
 *   `loadInterface()` (awaited by main.tsx before anything mounts) imports it; each page preloads its own.
 * - lazy areas (Listen, Cite, Share, the copy, the map): the lazy chunk imports all three languages of its
 *   own area (a few hundred bytes each) and makes a translator with `translator({ en, ru, tg })`.
 */
import type { CoreCatalogue } from './messages/en/core.ts';
import { format, type Message, type Params } from './format.ts';
import { type Language, languageOfTag } from './languages.ts';

let language: Language | undefined;

/** The interface language: the page's `<html lang>` when the edition has it, else English (also outside a browser). */
export function uiLanguage(): Language {
  language ??= languageOfTag(typeof document === 'undefined' ? '' : document.documentElement.lang);
  return language;
}

/** A translator: `t('key', { count: 3 })` in the interface language; `t.in('ru')` for a given language. */
export interface Translator<K extends string> {
  (key: K, params?: Params): string;
  in(lang: Language): (key: K, params?: Params) => string;
}

/**
 * Translator for an area whose every language is bundled with it. `t.in(lang)` serves code that renders in a
 * language other than the page's: the build prerendering `/ru/`, or a place card drawn at build time.
 */
export function translator<C extends Record<string, Message>>(
  catalogues: Readonly<Record<Language, { readonly [K in keyof C]: Message }>>,
): Translator<keyof C & string> {
  const inLanguage = (lang: Language) => (key: keyof C & string, params?: Params) =>
    format(lang, catalogues[lang][key] as Message, params);
  const t = (key: keyof C & string, params?: Params) => inLanguage(uiLanguage())(key, params);
  return Object.assign(t, { in: inLanguage });
}

const CORE: Record<Language, () => Promise<{ core: CoreCatalogue }>> = {
  en: () => import('./messages/en/core.ts'),
  ru: () => import('./messages/ru/core.ts'),
  tg: () => import('./messages/tg/core.ts'),
};

let core: CoreCatalogue | undefined;

/**
 * Loads the page language's core messages (its page preloads the file, so this costs no extra round trip).
 * Should that file fail to load, English is tried: an interface in the wrong language beats none.
 */
export async function loadInterface(): Promise<void> {
  if (core) return;
  try {
    core = (await CORE[uiLanguage()]()).core;
  } catch (error) {
    if (uiLanguage() === 'en') throw error;
    reportError(error);
    language = 'en';
    core = (await CORE.en()).core;
  }
}

/** Translator for one core area: `const t = coreText('reader'); t('bookmark')`. Usable once loadInterface resolved. */
export function coreText<A extends keyof CoreCatalogue>(
  area: A,
): (key: keyof CoreCatalogue[A] & string, params?: Params) => string {
  return (key, params) => {
    if (!core) throw new Error(`interface text "${String(area)}.${key}" read before loadInterface()`);
    return format(uiLanguage(), core[area][key] as Message, params);
  };
}

// Every bundle and the worker (tiny, no DOM): which languages the edition speaks, their pages, and what follows
// from the interface language.

/** Interface languages, in the order the edition prefers them; the first is the fallback. */
export const LANGUAGES = ['en', 'ru', 'tg'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Each interface language's own page: prerendered with its `<html lang>`, served offline by the worker. */
export const LANGUAGE_PATHS: Readonly<Record<Language, string>> = { en: '/', ru: '/ru/', tg: '/tg/' };

/** Each language's page as a file of the site: `/index.html`, `/ru/index.html`, `/tg/index.html`. */
export function pageFilePath(lang: Language): string {
  return `${LANGUAGE_PATHS[lang]}index.html`;
}

/** The language whose page serves `pathname`: `/ru/...` Russian, `/tg/...` Tajik, anything else English. */
export function languageOfPath(pathname: string): Language {
  return LANGUAGES.find((l) => l !== 'en' && pathname.startsWith(LANGUAGE_PATHS[l])) ?? 'en';
}

/**
 * The language page `pathname` names without its trailing slash (`/ru` gives `/ru/`), else undefined. Such a
 * link (typed, or passed on by word of mouth) is redirected there rather than answered with the English page.
 */
export function slashedLanguagePage(pathname: string): string | undefined {
  return LANGUAGES.map((l) => LANGUAGE_PATHS[l]).find((path) => path !== '/' && `${pathname}/` === path);
}

/** Each language's name in itself, as the Language select and the footer's links show it. */
export const LANGUAGE_NAMES: Readonly<Record<Language, string>> = { en: 'English', ru: 'Русский', tg: 'Тоҷикӣ' };

/** Whether `value` is one of the interface languages. */
export function isLanguage(value: unknown): value is Language {
  return (LANGUAGES as readonly unknown[]).includes(value);
}

/** The interface language that is `tag`'s primary subtag (`ru-RU` → `ru`), if the edition has it. */
function editionLanguage(tag: string): Language | undefined {
  const primary = tag.toLowerCase().split('-')[0];
  return isLanguage(primary) ? primary : undefined;
}

/** The interface language a language tag names (`ru-RU` → `ru`, a page's `<html lang>`), else English. */
export function languageOfTag(tag: string): Language {
  return editionLanguage(tag) ?? 'en';
}

/**
 * The interface language for a reader who has not chosen one: the first of the browser's preferred languages
 * (`navigator.languages`, e.g. `['ru-RU', 'en']`) the edition has, by primary subtag; else English.
 * boot.js repeats this rule before first paint (tests/unit/i18n/boot.test.ts keeps the two equal).
 */
export function preferredLanguage(preferences: readonly string[]): Language {
  for (const tag of preferences) {
    const lang = editionLanguage(tag);
    if (lang) return lang;
  }
  return 'en';
}

/** Languages the author's English is translated into (content/translations/<lang>.yaml). */
export const TRANSLATION_LANGS = ['ru', 'tg'] as const;
export type TranslationLang = (typeof TRANSLATION_LANGS)[number];

/**
 * Whether translations show before the reader has chosen: off for English (this is an edition of her English
 * article), on for a reader whose interface is Russian or Tajik. boot.js (src/build/boot-script.ts) repeats this rule before first
 * paint (it cannot import modules); tests/unit/i18n checks that the two agree.
 */
export function translationsShownByDefault(lang: Language): boolean {
  return lang !== 'en';
}

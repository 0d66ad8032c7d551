// First bundle (tiny): which languages the edition speaks, and what follows from the interface language.

/** Interface languages, in the order the edition prefers them; the first is the fallback. */
export const LANGUAGES = ['en', 'ru', 'tg'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Languages the author's English is translated into (content/translations/<lang>.yaml). */
export const TRANSLATION_LANGS = ['ru', 'tg'] as const;
export type TranslationLang = (typeof TRANSLATION_LANGS)[number];

/** The interface language a page was built for: its `<html lang>` when the edition has it, else English. */
export function pageLanguage(doc: Document = document): Language {
  const lang = doc.documentElement.lang.toLowerCase().split('-')[0] ?? '';
  return (LANGUAGES as readonly string[]).includes(lang) ? (lang as Language) : 'en';
}

/**
 * Whether translations show before the reader has chosen: off for English (this is an edition of her English
 * article), on for a reader whose interface is Russian or Tajik. boot.js (src/build/boot-script.ts) repeats this rule before first
 * paint (it cannot import modules); tests/unit/i18n checks that the two agree.
 */
export function translationsShownByDefault(lang: Language): boolean {
  return lang !== 'en';
}

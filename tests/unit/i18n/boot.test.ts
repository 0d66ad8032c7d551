// boot.js repeats two rules of src/i18n/languages.ts before first paint, where it cannot import modules: which
// page (language) the reader belongs on, and whether translations show before the reader chooses. This runs
// the generated script against each case and compares with the modules.
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { bootScript } from '../../../src/build/boot-script.ts';
import {
  LANGUAGE_PATHS,
  type Language,
  preferredLanguage,
  translationsShownByDefault,
} from '../../../src/i18n/languages.ts';

interface Visit {
  /** `<html lang>` of the page loaded. */
  lang: string;
  /** What the settings mirror in localStorage holds (undefined: nothing). */
  saved?: unknown;
  pathname?: string;
  protocol?: string;
  languages?: string[];
  hash?: string;
}

/** Runs boot.js for one visit: where it sent the reader (if anywhere) and the attributes it set on <html>. */
function boot({ lang, saved, pathname = '/', protocol = 'https:', languages = ['en-US'], hash = '' }: Visit) {
  const attrs = new Map<string, string>();
  let movedTo: string | undefined;
  const root = {
    lang,
    setAttribute: (k: string, v: string) => attrs.set(k, v),
    style: { setProperty() {} },
    classList: { add: (c: string) => attrs.set(`class:${c}`, '') },
  };
  const localStorage = { getItem: () => (saved === undefined ? null : JSON.stringify(saved)) };
  const location = { pathname, protocol, search: '', hash, replace: (url: string) => (movedTo = url) };
  runInNewContext(bootScript(), {
    document: { documentElement: root },
    localStorage,
    location,
    navigator: { languages, language: languages[0] },
    JSON,
    String,
  });
  return { movedTo, translation: attrs.get('data-translation'), js: attrs.has('class:js') };
}

describe('boot.js and translationsShownByDefault agree', () => {
  it.each(['en', 'ru', 'tg'] as Language[])('before the reader chooses, with the interface in %s', (lang) => {
    const visit = { lang, pathname: LANGUAGE_PATHS[lang], languages: [lang] };
    expect(boot(visit).translation).toBe(translationsShownByDefault(lang) ? 'on' : 'off');
    expect(boot({ ...visit, saved: { theme: 'dark', translation: null } }).translation).toBe(
      translationsShownByDefault(lang) ? 'on' : 'off',
    );
  });

  it('and the reader’s saved choice wins in every language', () => {
    for (const lang of ['en', 'ru', 'tg'] as Language[]) {
      const visit = { lang, pathname: LANGUAGE_PATHS[lang], languages: [lang] };
      expect(boot({ ...visit, saved: { translation: true } }).translation).toBe('on');
      expect(boot({ ...visit, saved: { translation: false } }).translation).toBe('off');
    }
  });
});

describe('boot.js sends the reader to the page of their language before first paint', () => {
  const browsers = [['ru-RU', 'en'], ['tg-TJ'], ['tg', 'ru'], ['de-DE', 'ru'], ['de-DE', 'fr'], ['en-GB', 'ru'], []];

  it.each(browsers)('from the front page, by the browser’s languages as preferredLanguage picks (%j)', (...langs) => {
    const want = preferredLanguage(langs);
    const { movedTo, translation } = boot({ lang: 'en', languages: langs, hash: '#p-x' });
    if (want === 'en') {
      expect(movedTo).toBeUndefined();
      expect(translation).toBe('off');
    } else {
      expect(movedTo).toBe(`${LANGUAGE_PATHS[want]}#p-x`);
      expect(translation).toBeUndefined();
    }
  });

  it('keeps a reader on /ru/ or /tg/ they opened, whatever the browser’s language', () => {
    expect(boot({ lang: 'ru', pathname: '/ru/', languages: ['en-US'] }).movedTo).toBeUndefined();
    expect(boot({ lang: 'tg', pathname: '/tg/', languages: ['ru-RU'] }).movedTo).toBeUndefined();
  });

  it('follows the reader’s own choice from any page, and ignores a damaged one', () => {
    expect(boot({ lang: 'en', saved: { language: 'tg' }, languages: ['ru'] }).movedTo).toBe('/tg/');
    expect(boot({ lang: 'ru', pathname: '/ru/', saved: { language: 'en' } }).movedTo).toBe('/');
    expect(boot({ lang: 'ru', pathname: '/ru/', saved: { language: 'ru' } }).movedTo).toBeUndefined();
    expect(boot({ lang: 'en', saved: { language: 'xx' }, languages: ['en'] }).movedTo).toBeUndefined();
    expect(boot({ lang: 'en', saved: 42, languages: ['en'] }).js).toBe(true);
  });

  it('never moves a saved copy opened from a file', () => {
    expect(boot({ lang: 'en', protocol: 'file:', pathname: '/x/copy.html', saved: { language: 'ru' } }).movedTo).toBe(
      undefined,
    );
  });
});

import { describe, expect, it } from 'vitest';
import { languageOfPath, slashedLanguagePage } from '../../../src/i18n/languages.ts';

describe('languageOfPath: which page the worker answers a navigation with', () => {
  it('gives each language page, and anything under it, its language', () => {
    expect(languageOfPath('/ru/')).toBe('ru');
    expect(languageOfPath('/tg/index.html')).toBe('tg');
    expect(languageOfPath('/tg/some/deep/link')).toBe('tg');
  });
  it('gives English to everything else, paths that merely start with the letters included', () => {
    for (const path of ['/', '/index.html', '/russia', '/tgx/', '/en/', '/ru']) expect(languageOfPath(path)).toBe('en');
  });
});

describe('slashedLanguagePage: a language page named without its slash', () => {
  it('names the page to redirect to', () => {
    expect(slashedLanguagePage('/ru')).toBe('/ru/');
    expect(slashedLanguagePage('/tg')).toBe('/tg/');
  });
  it('leaves every other path alone', () => {
    for (const path of ['', '/', '/ru/', '/tg/', '/russia', '/tg/x', '/en', '/RU']) {
      expect(slashedLanguagePage(path)).toBeUndefined();
    }
  });
});

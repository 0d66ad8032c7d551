// boot.js repeats the "translations on by default?" rule before first paint, where it cannot import modules;
// this runs the generated script against each interface language and saved choice and compares with the module.
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { bootScript } from '../../../src/build/boot-script.ts';
import { type Language, translationsShownByDefault } from '../../../src/i18n/languages.ts';

function boot(lang: string, saved: unknown): string | undefined {
  const attrs = new Map<string, string>();
  const root = {
    lang,
    setAttribute: (k: string, v: string) => attrs.set(k, v),
    style: { setProperty() {} },
    classList: { add() {} },
  };
  const localStorage = { getItem: () => (saved === undefined ? null : JSON.stringify(saved)) };
  runInNewContext(bootScript(), {
    document: { documentElement: root },
    localStorage,
    JSON,
    String,
  });
  return attrs.get('data-translation');
}

describe('boot.js and translationsShownByDefault agree', () => {
  it.each(['en', 'ru', 'tg'] as Language[])('before the reader chooses, with the interface in %s', (lang) => {
    expect(boot(lang, undefined)).toBe(translationsShownByDefault(lang) ? 'on' : 'off');
    expect(boot(lang, { theme: 'dark', translation: null })).toBe(translationsShownByDefault(lang) ? 'on' : 'off');
  });

  it('and the reader’s saved choice wins in every language', () => {
    for (const lang of ['en', 'ru', 'tg']) {
      expect(boot(lang, { translation: true })).toBe('on');
      expect(boot(lang, { translation: false })).toBe('off');
    }
    expect(boot('ru-RU', undefined)).toBe('on');
  });
});

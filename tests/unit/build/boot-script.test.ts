/**
 * Guards boot.js, which runs before first paint: it must accept exactly the text sizes the app saves (the
 * range comes from src/shared/settings.ts, not a copy), apply the saved theme, and never throw on odd storage.
 */
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { bootScript } from '../../../src/build/boot-script.ts';
import { SETTINGS_MIRROR_KEY, TEXT_SIZE_RANGE } from '../../../src/shared/settings.ts';

/** Runs boot.js against a stand-in document root and localStorage holding `stored`; returns what it set. */
function boot(stored: string | null) {
  const attributes: Record<string, string> = {};
  const properties: Record<string, string> = {};
  const classes: string[] = [];
  const documentElement = {
    lang: 'en',
    setAttribute: (name: string, value: string) => {
      attributes[name] = value;
    },
    style: { setProperty: (name: string, value: string) => (properties[name] = value) },
    classList: { add: (name: string) => classes.push(name) },
  };
  const localStorage = { getItem: (key: string) => (key === SETTINGS_MIRROR_KEY ? stored : null) };
  // The English front page, in an English browser: boot.js stays (tests/unit/i18n/boot.test.ts covers moving).
  const location = { pathname: '/', protocol: 'https:', search: '', hash: '', replace() {} };
  const navigator = { languages: ['en-US'], language: 'en-US' };
  runInNewContext(bootScript(), { document: { documentElement }, localStorage, location, navigator, JSON, String });
  return { attributes, properties, classes };
}

const saved = (value: unknown) => JSON.stringify(value);

describe('boot.js', () => {
  it('applies a saved theme and text size, and marks the page as scripted', () => {
    const { attributes, properties, classes } = boot(saved({ theme: 'dark', textSize: 125 }));
    expect(attributes['data-theme']).toBe('dark');
    expect(properties['--text-scale']).toBe('1.25');
    expect(classes).toEqual(['js']);
  });

  it('accepts exactly the text-size range the app saves', () => {
    const { min, max } = TEXT_SIZE_RANGE;
    for (const size of [min, max])
      expect(boot(saved({ textSize: size })).properties['--text-scale']).toBe(`${size / 100}`);
    for (const size of [min - 1, max + 1, '125']) expect(boot(saved({ textSize: size })).properties).toEqual({});
  });

  it('ignores an unknown theme and damaged or missing storage, and still marks the page', () => {
    // data-translation is always set (off for an English page): the translations' first-paint state.
    expect(boot(saved({ theme: 'sepia' })).attributes).toEqual({ 'data-translation': 'off' });
    expect(boot('{not json').classes).toEqual(['js']);
    expect(boot(null)).toEqual({ attributes: { 'data-translation': 'off' }, properties: {}, classes: ['js'] });
  });
});

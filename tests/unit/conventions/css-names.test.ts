/**
 * The one CSS naming scheme (README, "Conventions"): lower-case kebab-case class names, prefixed by their component
 * (`sheet-note`, `map-place-name`), states as `is-…`. Leaflet's own `leaflet-…` classes are the one exception.
 * Guards against a second scheme (BEM `__`/`--`, camelCase) creeping back in.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = join(import.meta.dirname, '../../../src');
const KEBAB = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;

function cssFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return cssFiles(path);
    return entry.name.endsWith('.css') ? [path] : [];
  });
}

/** Class names in a stylesheet's selectors (comments, strings and declaration blocks left out). */
function classNames(css: string): string[] {
  const selectors = css
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/"[^"]*"|'[^']*'/g, '""')
    .replace(/\{[^{}]*\}/g, '{}');
  return [...selectors.matchAll(/\.(-?[_a-zA-Z][\w-]*)/g)].map((m) => m[1] ?? '');
}

describe('CSS class names', () => {
  const files = cssFiles(SRC);

  it('finds the stylesheets', () => {
    expect(files.length).toBeGreaterThan(5);
  });

  it.each(files.map((f) => [f.slice(SRC.length + 1), f]))('%s uses lower-case kebab-case only', (_, file) => {
    const names = classNames(readFileSync(file, 'utf8')).filter((name) => !name.startsWith('leaflet-'));
    expect(names.filter((name) => !KEBAB.test(name))).toEqual([]);
  });

  it('would catch BEM and camelCase', () => {
    expect(
      classNames('.map-place__name, .pin--big { color: red } .fooBar:hover {}').filter((n) => !KEBAB.test(n)),
    ).toEqual(['map-place__name', 'pin--big', 'fooBar']);
  });
});

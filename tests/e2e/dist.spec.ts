/**
 * The build output itself (no browser): what the service worker will store. Guards against an offline copy
 * that lacks the article, the entry script, the map's code or data, an icon or the manifest; a file silently
 * left out (too big, or an extension the globs miss); the worker precaching itself; and all photo variants
 * precached on every device instead of the ones each device shows. Runs after `npm run build`.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, test } from '@playwright/test';

const DIST = 'dist';
const MAX_BYTES = 2 * 1024 * 1024;

function files(dir = DIST): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [relative(DIST, path).split('\\').join('/')];
  });
}

/** The precache manifest workbox-build injected into dist/sw.js in place of self.__WB_MANIFEST. */
function precached(): string[] {
  const sw = readFileSync(join(DIST, 'sw.js'), 'utf8');
  expect(sw, 'the manifest was injected').not.toContain('self.__WB_MANIFEST');
  const json = /\[\{"revision":[^\]]*\]/.exec(sw)?.[0];
  if (!json) throw new Error('no precache manifest found in dist/sw.js');
  return (JSON.parse(json) as Array<{ url: string }>).map((e) => e.url);
}

test.beforeAll(() => {
  if (!existsSync(join(DIST, 'sw.js'))) throw new Error('dist/sw.js is missing: run `npm run build` first');
});

test('the precache holds the article, the entry script, the map code and data, icons and the manifest', () => {
  const urls = new Set(precached());
  const html = readFileSync(join(DIST, 'index.html'), 'utf8');
  const entry = /<script type="module"[^>]*src="\/([^"]+)"/.exec(html)?.[1];
  expect(entry, 'index.html has a module entry script').toBeTruthy();
  const all = files();
  const expected = [
    'index.html',
    'boot.js',
    entry as string,
    'manifest.webmanifest',
    'ru/manifest.webmanifest',
    'tg/manifest.webmanifest',
    'favicon.svg',
    'apple-touch-icon-180x180.png',
    'pwa-192x192.png',
    'pwa-512x512.png',
    'maskable-icon-512x512.png',
    // Every lazily loaded chunk (the map among them): a page of the old version can still ask for one.
    ...all.filter((f) => /^assets\/.*\.(js|css)$/.test(f)),
    // The map data.
    ...all.filter((f) => /^assets\/.*\.json$/.test(f)),
  ];
  expect(
    all.some((f) => /^assets\/.*map.*\.js$/.test(f)),
    'the map ships as its own chunk',
  ).toBe(true);
  expect(
    all.some((f) => /^assets\/.*\.json$/.test(f)),
    'the map data ships as JSON files',
  ).toBe(true);
  for (const url of expected) expect(urls.has(url), `${url} is precached`).toBe(true);
});

test('the worker is not precached, and neither is any photo: each device stores only what it shows', () => {
  const urls = precached();
  expect(urls).not.toContain('sw.js');
  expect(urls.filter((u) => u.startsWith('assets/photos/'))).toEqual([]);
  expect(
    files().some((f) => f.startsWith('assets/photos/')),
    'the build emits photos at all',
  ).toBe(true);
});

test('nothing the app needs is skipped: every shippable file is precached and none is over 2 MiB', () => {
  const urls = new Set(precached());
  const shippable = files().filter(
    (f) =>
      /\.(html|js|css|json|webmanifest|svg|png|ico|woff2)$/.test(f) &&
      !f.startsWith('assets/photos/') &&
      f !== 'sw.js' &&
      !f.endsWith('.map'),
  );
  expect(
    shippable.filter((f) => !urls.has(f)),
    'files the precache left out',
  ).toEqual([]);
  const big = [...urls].filter((u) => statSync(join(DIST, u)).size > MAX_BYTES);
  expect(big, 'precached files over 2 MiB (workbox would skip them)').toEqual([]);
});

test('every file a script names as a dependency to load first exists (none is a stylesheet the page inlined)', () => {
  const all = new Set(files());
  const named = files()
    .filter((f) => f.endsWith('.js'))
    .flatMap((f) => [...readFileSync(join(DIST, f), 'utf8').matchAll(/"(assets\/[\w.-]+\.(?:js|css))"/g)])
    .map((m) => m[1] as string);
  expect(named.length, 'the lazy chunks list their dependencies').toBeGreaterThan(0);
  expect([...new Set(named.filter((f) => !all.has(f)))], 'named but not built').toEqual([]);
});

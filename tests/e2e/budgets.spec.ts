/**
 * Byte budgets, measured on dist/ as a host would send it. Guards against a first screen that needs more than
 * one round trip (or carries CSS only the lazy map needs), a heavy first bundle, the article's text shipped
 * twice, and a Markdown parser in the browser. No browser needed: these read the build output.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { BUDGETS, firstLoadJs, listFiles, mapFiles, sizeOf, total } from '../../src/build/sizes.ts';

const DIST = 'dist';

test('the first HTML response, critical CSS inlined, is at most 14 KB brotli', () => {
  const html = readFileSync(join(DIST, 'index.html'), 'utf8');
  expect(html, 'the page CSS is inlined, not a render-blocking file').not.toMatch(/<link rel="stylesheet"/);
  expect(html).toMatch(/<style>/);
  expect(sizeOf(DIST, 'index.html').brotli).toBeLessThanOrEqual(BUDGETS.firstHtmlBrotli);
});

test('the 14 KB first HTML includes the Russian and Tajik translations of every paragraph', () => {
  // Both translations ride in the English page (measured: about 8.3 KB brotli without them, 12.8 KB with);
  // if a later change breaks the budget, the language pages (/ru/, /tg/) carry one each and `/` none.
  const html = readFileSync(join(DIST, 'index.html'), 'utf8');
  const paragraphs = html.match(/<p id="p-[^"]*" data-pid>/g)?.length ?? 0;
  expect(paragraphs).toBeGreaterThan(0);
  expect(html.match(/<div class="tr" lang="ru" data-tr="p-/g)).toHaveLength(paragraphs);
  expect(html.match(/<div class="tr" lang="tg" data-tr="p-/g)).toHaveLength(paragraphs);
  expect(sizeOf(DIST, 'index.html').brotli).toBeLessThanOrEqual(BUDGETS.firstHtmlBrotli);
});

test('JavaScript needed at first load is at most 30 KB brotli, and the map is not part of it', () => {
  const files = firstLoadJs(DIST);
  expect(files).toContain('boot.js');
  expect(files.some((f) => /assets\/index-.*\.js$/.test(f))).toBe(true);
  expect(
    files.filter((f) => /map|leaflet/.test(f)),
    'Leaflet loads lazily',
  ).toEqual([]);
  expect(
    total(
      'first-load JS',
      files.map((f) => sizeOf(DIST, f)),
    ).brotli,
  ).toBeLessThanOrEqual(BUDGETS.firstLoadJsBrotli);
});

test('map code and data together are at most 300 KB brotli', () => {
  const files = mapFiles(DIST);
  expect(files.some((f) => f.endsWith('.js'))).toBe(true);
  expect(files.some((f) => f.endsWith('.json'))).toBe(true);
  expect(
    total(
      'map',
      files.map((f) => sizeOf(DIST, f)),
    ).brotli,
  ).toBeLessThanOrEqual(BUDGETS.mapBrotli);
});

test('the article text ships once, in the HTML, and no Markdown parser ships at all', () => {
  const js = listFiles(DIST)
    .filter((f) => f.endsWith('.js'))
    .map((f) => readFileSync(join(DIST, f), 'utf8'));
  const paragraphs = articleParagraphs(readFileSync(join(DIST, 'index.html'), 'utf8'));
  expect(paragraphs.length, 'the prerendered article’s paragraphs').toBeGreaterThanOrEqual(7);
  for (const paragraph of paragraphs) {
    const sample = paragraph.slice(20, 70);
    for (const code of js) expect(code.replace(/\s+/g, ' ')).not.toContain(sample);
  }
  // marked's own error text; any bundled copy of the parser carries it.
  for (const code of js) expect(code).not.toContain('marked(): input parameter is undefined or null');
});

/** The text of each `<p>` in the prerendered article, tags stripped, entities decoded, white space collapsed. */
function articleParagraphs(html: string): string[] {
  const article = html.slice(html.indexOf('<article'), html.indexOf('</article>'));
  const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" };
  return [...article.matchAll(/<p[\s>][\s\S]*?<\/p>/g)]
    .map((m) =>
      m[0]
        .replace(/<[^>]+>/g, '')
        .replace(/&(amp|lt|gt|quot|#39);/g, (_, e: string) => entities[e] ?? '')
        .replace(/\s+/g, ' ')
        .trim(),
    )
    .filter((text) => text.length >= 70);
}

test('first paint carries only first-paint CSS: what only Leaflet draws loads with the lazy map', () => {
  const html = readFileSync(join(DIST, 'index.html'), 'utf8');
  const inlined = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1]).join('\n');
  expect(inlined, 'the fixed map box is first-paint CSS').toContain('.map-canvas');
  for (const selector of ['.leaflet-', '.map-popup', '.map-pin', '.map-label']) {
    expect(inlined, `${selector} styles belong in the lazy map chunk`).not.toContain(selector);
  }
  const lazy = mapFiles(DIST)
    .filter((f) => f.endsWith('.css'))
    .map((f) => readFileSync(join(DIST, f), 'utf8'))
    .join('\n');
  expect(lazy).toContain('.map-popup');
  expect(lazy).toContain('.leaflet-popup-content');
});

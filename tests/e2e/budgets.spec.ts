/**
 * Byte budgets, measured on dist/ as a host would send it. Guards against a first screen that needs more than
 * one round trip, a heavy first bundle, the article's text shipped twice, and a Markdown parser in the browser.
 * No browser needed: these read the build output.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { BUDGETS, firstLoadJs, listFiles, mapFiles, sizeOf, total } from '../../src/build/sizes';
import { seedArticle } from '../seed';

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
  const paragraphs = seedArticle().paragraphs.length;
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
  for (const paragraph of seedArticle().paragraphs) {
    const sample = paragraph.replace(/\s+/g, ' ').trim().slice(20, 70);
    for (const code of js) expect(code.replace(/\s+/g, ' ')).not.toContain(sample);
  }
  // marked's own error text; any bundled copy of the parser carries it.
  for (const code of js) expect(code).not.toContain('marked(): input parameter is undefined or null');
});

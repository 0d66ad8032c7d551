/**
 * Byte budgets, measured on dist/ as a host would send it. Guards against a first screen that needs more than
 * one round trip (or carries CSS only the lazy map needs), a heavy first bundle, the article's text shipped
 * twice, and a Markdown parser in the browser. No browser needed: these read the build output.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { TRANSLATION_LANGS } from '../../src/i18n/languages.ts';
import { BUDGETS, firstLoadJs, listFiles, mapFiles, PAGES, sizeOf, total } from '../../src/build/sizes.ts';

const DIST = 'dist';

for (const { lang, file } of PAGES) {
  test(`the first HTML response of ${file}, critical CSS inlined, is at most 14 KB brotli`, () => {
    const html = readFileSync(join(DIST, file), 'utf8');
    expect(html, 'the page CSS is inlined, not a render-blocking file').not.toMatch(/<link rel="stylesheet"/);
    expect(html).toMatch(/<style>/);
    expect(html).toContain(`<html lang="${lang}"`);
    expect(sizeOf(DIST, file).brotli).toBeLessThanOrEqual(BUDGETS.firstHtmlBrotli);
  });

  test(`the 14 KB of ${file} include the translations of every paragraph its reader sees`, () => {
    // The English page carries both translations; /ru/ and /tg/ only their own (the other would never show).
    const html = readFileSync(join(DIST, file), 'utf8');
    const paragraphs = html.match(/<p id="p-[^"]*" data-pid>/g)?.length ?? 0;
    expect(paragraphs).toBeGreaterThan(0);
    for (const tr of TRANSLATION_LANGS) {
      const shown = lang === 'en' || lang === tr;
      const re = new RegExp(`<div class="tr" lang="${tr}" data-tr="p-`, 'g');
      expect(html.match(re)?.length ?? 0, `${tr} translations`).toBe(shown ? paragraphs : 0);
    }
  });

  test(`JavaScript needed at first load of ${file} is at most 30 KB brotli, with its language's words only`, () => {
    const files = firstLoadJs(DIST, file);
    expect(files).toContain('boot.js');
    expect(files.some((f) => /assets\/index-.*\.js$/.test(f))).toBe(true);
    expect(files.filter((f) => /assets\/interface-/.test(f))).toEqual([
      expect.stringMatching(new RegExp(`^assets/interface-${lang}-`)),
    ]);
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
}

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

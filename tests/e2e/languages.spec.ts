/**
 * The interface in the readers' languages (issue 13): the browser's language picks the page, the page's words
 * come from that language's catalogue, the author's English stays as it is with the translation under every
 * paragraph, the choice is remembered, each page works offline and with JavaScript off. Guards against: an
 * English interface for a Russian or Tajik browser, a language page that loses the author's text or shows the
 * other translation, a choice forgotten, a language page missing offline, and a no-script page in English.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from '@playwright/test';
import { preview } from 'vite';
import { CATALOGUES } from '../../src/i18n/index.ts';
import { LANGUAGE_PATHS, type Language } from '../../src/i18n/languages.ts';
import { paragraphsInPage } from '../support/in-page.ts';
import { expect, test, watch } from './fixtures.ts';

const LOCALES: [locale: string, lang: Exclude<Language, 'en'>][] = [
  ['ru-RU', 'ru'],
  ['tg-TJ', 'tg'],
];

/** The toolbar's accessible names in `lang`, from the catalogue (src/i18n/messages/<lang>/reader.ts). */
function toolbarNames(lang: Language): string[] {
  const { reader } = CATALOGUES[lang];
  return [reader.listen, reader.bookmark, reader.bookmarks, reader.highlights, reader.readingSettings];
}

/** The author's paragraphs: id, lang, text, and the translations shown under each. */
const article = (page: Page) => page.evaluate(paragraphsInPage);

/** A fresh context with the browser's language set to `locale` (navigator.languages and Accept-Language). */
async function readerWith(browser: Browser, locale: string, javaScriptEnabled = true) {
  const context = await browser.newContext({ locale, javaScriptEnabled });
  const page = await context.newPage();
  const problems: string[] = [];
  await watch(page, problems);
  return { context, page, problems };
}

for (const [locale, lang] of LOCALES) {
  test(`a ${locale} browser gets the ${lang} page: its interface, the English unchanged, the ${lang} translation under every paragraph`, async ({
    browser,
    server,
  }) => {
    const english = await readerWith(browser, 'en-US');
    await english.page.goto(`${server.url}/`);
    const authorsText = await article(english.page);
    await english.context.close();

    const { context, page, problems } = await readerWith(browser, locale);
    await page.goto(`${server.url}/`);
    await expect(page).toHaveURL(`${server.url}${LANGUAGE_PATHS[lang]}`);
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    const toolbar = page.locator('#toolbar-root');
    for (const name of toolbarNames(lang)) {
      await expect(toolbar.getByRole('button', { name, exact: true })).toBeVisible();
    }
    // The status line, once everything is stored, in the page's language.
    await expect(page.getByRole('status').filter({ hasText: CATALOGUES[lang].offline.ready })).toBeVisible({
      timeout: 30_000,
    });
    await expect(page.getByRole('combobox', { name: CATALOGUES[lang].page.language })).toHaveValue(lang);
    await expect(page.getByRole('button', { name: CATALOGUES[lang].page.translationToggle })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    const paragraphs = await article(page);
    expect(paragraphs.map(({ id, lang, text }) => ({ id, lang, text }))).toEqual(
      authorsText.map(({ id, lang, text }) => ({ id, lang, text })),
    );
    expect(paragraphs.every((p) => p.lang === 'en')).toBe(true);
    for (const p of paragraphs) expect(p.shown).toEqual([`${lang}:${p.id}`]);
    const axe = await new AxeBuilder({ page }).analyze();
    const serious = axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });

  test(`with JavaScript off, ${LANGUAGE_PATHS[lang]} reads in ${lang}: its words, the author's English, its translation`, async ({
    browser,
    server,
  }) => {
    const { context, page } = await readerWith(browser, 'en-US', false);
    await page.goto(`${server.url}${LANGUAGE_PATHS[lang]}`);
    const words = CATALOGUES[lang].page;
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await expect(page.getByRole('link', { name: words.skipLink })).toBeAttached();
    await expect(page.getByRole('heading', { name: words.yourDataTitle })).toBeVisible();
    await expect(page.getByRole('contentinfo')).toContainText(words.footer);
    await expect(page.locator('.noscript-note')).toHaveText(words.noScript);
    const paragraphs = await article(page);
    expect(paragraphs.length).toBeGreaterThanOrEqual(7);
    for (const p of paragraphs) {
      expect(p.lang).toBe('en');
      expect(p.shown).toEqual([`${lang}:${p.id}`]);
    }
    // The other pages, for readers and crawlers: links that need no script, and hreflang alternates.
    const others = page.getByRole('navigation', { name: words.otherLanguages }).getByRole('link');
    await expect(others).toHaveCount(2);
    const alternates = await page
      .locator('link[rel="alternate"][hreflang]')
      .evaluateAll((links) => links.map((l) => `${l.getAttribute('hreflang')} ${l.getAttribute('href')}`));
    expect(alternates).toEqual(['en /', 'ru /ru/', 'tg /tg/', 'x-default /']);
    await context.close();
  });
}

test('the Language select opens the chosen page at once and is remembered, over the browser’s language', async ({
  page,
  server,
}) => {
  await page.goto(`${server.url}/`);
  const select = page.getByRole('combobox', { name: 'Language' });
  await expect(select).toHaveValue('en');
  await select.selectOption('tg');
  await expect(page).toHaveURL(`${server.url}/tg/`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'tg');
  // Focus stays on the select across the change of page, never on <body>.
  await expect(page.getByRole('combobox', { name: 'Забон' })).toBeFocused();
  // Opening the front page again (as an installed app does) goes to the reader's language before first paint.
  await page.goto(`${server.url}/`);
  await expect(page).toHaveURL(`${server.url}/tg/`);
  const tajik = page.getByRole('combobox', { name: 'Забон' });
  await expect(tajik).toHaveValue('tg');
  await tajik.selectOption('en');
  await expect(page).toHaveURL(`${server.url}/`);
  await page.goto(`${server.url}/ru/`);
  await expect(page).toHaveURL(`${server.url}/`);
});

test('a link into the article keeps its place when the page of the reader’s language opens', async ({
  browser,
  server,
}) => {
  const { context, page, problems } = await readerWith(browser, 'ru-RU');
  await page.goto(`${server.url}/`);
  const id = await page.locator('article [data-pid]').nth(3).getAttribute('id');
  await page.goto(`${server.url}/#${id}`);
  await expect(page).toHaveURL(`${server.url}/ru/#${id}`);
  await expect(page.locator(`#${id}`)).toBeInViewport();
  expect(problems).toEqual([]);
  await context.close();
});

test('`npm start` (vite preview) sends /ru and /tg to their pages, as a static host does', async () => {
  const server = await preview({ preview: { port: 0, strictPort: false }, logLevel: 'silent' });
  try {
    const base = (server.resolvedUrls?.local[0] ?? '').replace(/\/$/, '');
    for (const lang of ['ru', 'tg'] as const) {
      const moved = await fetch(`${base}/${lang}?x=1`, { redirect: 'manual' });
      expect(moved.status).toBe(301);
      expect(moved.headers.get('location')).toBe(`/${lang}/?x=1`);
      const page = await (await fetch(`${base}/${lang}/`)).text();
      expect(page).toContain(`<html lang="${lang}"`);
    }
  } finally {
    await server.close();
  }
});

test.describe('offline', () => {
  test.use({ allowedConsoleErrors: [/net::ERR_CONNECTION_REFUSED|Failed to load resource/] });

  test('after one visit, every language’s page opens with the server stopped', async ({ page, server }) => {
    await page.goto(`${server.url}/`);
    await page.evaluate(() => navigator.serviceWorker.ready);
    await expect
      .poll(
        () =>
          page.evaluate(async () => {
            const stored = await Promise.all(
              ['/ru/index.html', '/tg/index.html'].map((u) => caches.match(u, { ignoreSearch: true })),
            );
            return stored.every(Boolean);
          }),
        { timeout: 30_000, message: 'the worker stored the Russian and Tajik pages' },
      )
      .toBe(true);
    await server.stop();
    for (const [path, lang, opened] of [
      ['/ru/', 'ru', '/ru/'],
      ['/tg/', 'tg', '/tg/'],
      // Typed without the slash: the worker redirects, as the host would, rather than giving the English page.
      ['/tg?from=a-friend', 'tg', '/tg/?from=a-friend'],
      ['/', 'en', '/'],
    ] as const) {
      await page.goto(`${server.url}${path}`);
      expect(page.url()).toBe(`${server.url}${opened}`);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await expect(
        page.locator('#toolbar-root').getByRole('button', { name: CATALOGUES[lang].reader.bookmarks }),
      ).toBeVisible();
      await expect(page.locator('article [data-pid]').first()).toBeVisible();
    }
  });
});

/**
 * The reader (issue: prerendered mobile article). Guards against: the author's words changed or missing,
 * photos without alt/size/caption or passed off as hers, horizontal scrolling on small phones, a page that
 * needs script to be read, accessibility regressions, settings that are forgotten, and text that jumps when
 * scripts start.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { SEED_MISSING, seedArticle, squash } from '../seed.ts';
import { expect, test } from './fixtures.ts';

const TITLE = 'China’s Belt and Road Initiative in Central Asia: A New Formula for Regional Success Guaranteed';

test('the article has its title and byline, and none of the blog’s chrome', async ({ page, server }) => {
  await page.goto(server.url);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLE);
  const article = page.locator('main article');
  await expect(article).toHaveCount(1);
  const byline = article.locator('.byline');
  await expect(byline).toContainText('Maria Danilovich');
  await expect(byline).toContainText('IRES Institute for Russian and Eurasian Studies, Uppsala University');
  // None of the blog's chrome after the affiliation line.
  await expect(page.locator('body')).not.toContainText('Leave a Reply');
  await expect(page.locator('body')).not.toContainText('Blog at');
});

test.describe('compared with the author’s file (shared/seed)', () => {
  test.skip(SEED_MISSING !== null, SEED_MISSING ?? '');
  const seed = seedArticle();

  /** Asserts the article's paragraphs and captions are the seed's, word for word and in order. */
  async function expectSeedText(page: Page): Promise<void> {
    if (!seed) return; // narrows the type; the describe has already skipped
    const paragraphs = (await page.locator('main article p').allTextContents()).map(squash);
    expect(paragraphs).toEqual([...seed.paragraphs, seed.signature].map(squash));
    await expect(page.locator('article figure figcaption')).toHaveText(seed.captions);
  }

  test('the article holds every seed paragraph and caption verbatim, in order', async ({ page, server }) => {
    await page.goto(server.url);
    await expectSeedText(page);
  });

  test('so it does with JavaScript disabled', async ({ browser, server }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(server.url);
    await expectSeedText(page);
    await context.close();
  });
});

test('each photo is a figure with alt, size, the author’s caption, and a visible stand-in mark', async ({
  page,
  server,
}) => {
  await page.goto(server.url);
  const figures = page.locator('article figure');
  await expect(figures).toHaveCount(2);
  for (const figure of await figures.all()) {
    await expect(figure.locator('figcaption')).toHaveText(/\. Photo by Maria Danilovich\.$/);
    const img = figure.locator('img');
    await expect(img).toHaveAttribute('alt', /\S/);
    await expect(img).toHaveAttribute('width', /^\d+$/);
    await expect(img).toHaveAttribute('height', /^\d+$/);
    await expect(img).toHaveAttribute('loading', 'lazy');
    await expect(img).toHaveAttribute('sizes', /100vw/);
    expect(await figure.locator('source').evaluateAll((s) => s.map((e) => e.getAttribute('type')))).toEqual([
      'image/avif',
      'image/webp',
    ]);
    // These are not her photos: the figure must say so where a sighted reader sees it.
    await expect(figure.getByText('Stand-in image:')).toBeVisible();
    await expect(figure.locator('.stand-in-badge')).toBeVisible();
    await img.scrollIntoViewIfNeeded();
    await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth > 0)).toBe(true);
    // A 390 px phone at DPR 3 picks the 1200 px AVIF, not the largest file.
    expect(await img.evaluate((el: HTMLImageElement) => el.currentSrc)).toMatch(/-1200\.avif$/);
  }
});

for (const width of [320, 360, 430]) {
  test(`no horizontal scroll at ${width} px, map included`, async ({ page, server }) => {
    await page.setViewportSize({ width, height: 700 });
    await page.goto(server.url);
    await page.locator('#map').scrollIntoViewIfNeeded();
    await expect(page.locator('#map .leaflet-container')).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
}

test('with JavaScript on, the end-of-page sections replace their no-script lines, never show both', async ({
  page,
  server,
}) => {
  await page.goto(server.url);
  await expect(page.locator('#your-data').getByRole('button', { name: 'Export', exact: true })).toBeVisible();
  await expect(page.locator('#pass-it-on').getByRole('button', { name: 'Cite' })).toBeVisible();
  await expect(page.locator('main')).not.toContainText('needs JavaScript');
  await expect(page.locator('main')).not.toContainText('need JavaScript');
});

test('the page reads with JavaScript disabled', async ({ browser, server }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 740 } });
  const page = await context.newPage();
  await page.goto(server.url);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLE);
  // The words themselves are compared with the seed above, with JavaScript off too.
  await expect(page.locator('article p')).not.toHaveCount(0);
  await expect(page.locator('article figure figcaption')).toHaveCount(2);
  // The places are listed as text even without the interactive map.
  await expect(page.locator('#map')).toContainText('Great Stone');
  await expect(page.locator('#map')).toContainText('Tajikistan');
  // No island has mounted, and nothing pretends to work.
  await expect(page.locator('#toolbar-root button')).toHaveCount(0);
  await expect(page.locator('.status-row')).toBeHidden();
  await context.close();
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`axe finds no accessibility violations (${colorScheme})`, async ({ page, server }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto(server.url);
    await page.locator('#map').scrollIntoViewIfNeeded();
    await expect(page.locator('#map .leaflet-container')).toBeVisible();
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
  });
}

test('theme and text size are remembered and applied before the first paint', async ({ page, server }) => {
  await page.goto(server.url);
  const fontSize = () =>
    page
      .locator('article p')
      .first()
      .evaluate((p) => getComputedStyle(p).fontSize);
  const before = Number.parseFloat(await fontSize());
  await page.getByRole('button', { name: 'Reading settings' }).click();
  const dialog = page.getByRole('dialog', { name: 'Reading settings' });
  await dialog.getByRole('group', { name: 'Theme' }).getByLabel('Dark').check();
  await dialog.getByRole('group', { name: 'Text size' }).getByLabel('125%').check();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  expect(Number.parseFloat(await fontSize())).toBeCloseTo(before * 1.25, 0);

  // Record what the page looks like at its very first paint after a reload, before the module script runs.
  await page.addInitScript(() => {
    document.addEventListener('DOMContentLoaded', () => {
      (window as unknown as { firstTheme: string | null }).firstTheme = document.documentElement.dataset.theme ?? null;
    });
  });
  await page.reload();
  expect(await page.evaluate(() => (window as unknown as { firstTheme: string | null }).firstTheme)).toBe('dark');
  expect(Number.parseFloat(await fontSize())).toBeCloseTo(before * 1.25, 0);
  const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(background).toBe('rgb(23, 22, 20)');
});

test('nothing shifts when the scripts start, for a new and for a returning reader', async ({ page, server }) => {
  const shifts = async () => {
    await page.waitForLoadState('load');
    await page.waitForTimeout(1000);
    return page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          new PerformanceObserver((list) => {
            resolve(list.getEntries().reduce((sum, e) => sum + (e as unknown as { value: number }).value, 0));
          }).observe({ type: 'layout-shift', buffered: true });
          setTimeout(() => resolve(0), 500);
        }),
    );
  };
  await page.goto(server.url);
  expect(await shifts()).toBe(0);
  await page.getByRole('button', { name: 'Reading settings' }).click();
  await page.getByRole('group', { name: 'Text size' }).getByLabel('140%').check();
  await page.getByRole('group', { name: 'Theme' }).getByLabel('Dark').check();
  await page.getByRole('button', { name: 'Close' }).click();
  await page.reload();
  expect(await shifts()).toBe(0);
});

test('focus is visible, motion is reduced on request, print shows only the article', async ({ page, server }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto(server.url);
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to the article' });
  await expect(skip).toBeFocused();
  expect(await skip.evaluate((el) => getComputedStyle(el).outlineStyle)).toBe('solid');
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).toBe('auto');

  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.app-bar')).toBeHidden();
  await expect(page.locator('#map')).toBeHidden();
  await expect(page.locator('article')).toBeVisible();
});

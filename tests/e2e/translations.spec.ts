/**
 * The edition's Russian and Tajik translations (issue 13, part 2). Guards against: translations shown by
 * default to an English reader, or hidden from a Russian/Tajik one; a translation missing under a paragraph
 * or carrying the wrong lang; the author's English changed or no longer first; a choice forgotten or applied
 * after first paint; a highlight drawn on a translation, or translations shifting saved highlight offsets;
 * Tajik letters drawn as missing-glyph boxes; provenance missing from the page or the print; accessibility
 * regressions; a page that breaks with JavaScript off.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { bundleForPage } from '../browser-bundle.ts';
import { paragraphsInPage } from '../support/in-page.ts';
import { seedArticle, squash } from '../seed.ts';
import { highlightButton, marks } from './annotate.ts';
import { expect, test } from './fixtures.ts';

const seed = seedArticle();
const toggle = (page: Page) => page.getByRole('button', { name: 'Translation', exact: true });

const translationsUnderParagraphs = (page: Page) => page.evaluate(paragraphsInPage);

test('the toggle shows a Russian and a Tajik translation under every paragraph, the English unchanged and first', async ({
  page,
  server,
}) => {
  await page.goto(server.url);
  await expect(toggle(page)).toHaveAttribute('aria-pressed', 'false');
  await expect(page.locator('.tr').first()).toBeHidden();
  const english = (await page.locator('article p').allTextContents()).map(squash);
  expect((await translationsUnderParagraphs(page)).every((p) => p.shown.length === 0)).toBe(true);

  await toggle(page).click();
  await expect(toggle(page)).toHaveAttribute('aria-pressed', 'true');
  const under = await translationsUnderParagraphs(page);
  expect(under).toHaveLength(await page.locator('article [data-pid]').count());
  expect(under.length).toBeGreaterThan(0);
  for (const p of under)
    expect({ id: p.id, lang: p.lang, shown: p.shown }).toEqual({
      id: p.id,
      lang: 'en',
      shown: [`ru:${p.id}`, `tg:${p.id}`],
    });
  // The author's English is untouched: the same paragraphs, word for word (the seed's, when it is there), and
  // still the only `p`s.
  expect((await page.locator('article p').allTextContents()).map(squash)).toEqual(english);
  if (seed) {
    expect(english).toEqual([...seed.paragraphs, seed.signature].map(squash));
    await expect(page.locator('article figure figcaption')).toHaveText(seed.captions);
  }
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  // Quieter than the author's text, and marked as the edition's translation, with its provenance near the top.
  const size = (sel: string) =>
    page
      .locator(sel)
      .first()
      .evaluate((el) => Number.parseFloat(getComputedStyle(el).fontSize));
  expect(await size('.tr[lang="ru"][data-tr^="p-"]')).toBeLessThan(await size('article [data-pid]'));
  await expect(page.locator('.tr[lang="ru"][data-tr^="p-"] .tr-label').first()).toHaveText('Перевод издания');
  await expect(page.locator('.tr[lang="tg"][data-tr^="p-"] .tr-label').first()).toHaveText('Тарҷумаи нашр');
  await expect(page.locator('.tr-provenance[lang="ru"]')).toContainText('не проверен автором');
  await expect(page.locator('.tr-provenance[lang="tg"]')).toContainText('муаллиф онро насанҷидааст');
  await expect(page.getByRole('complementary', { name: 'About this edition' })).toContainText(
    'machine-assisted, and not reviewed by the author',
  );
  const about = page.getByRole('complementary', { name: 'About this edition' });
  await expect(about.locator('.tr[lang="ru"]').last()).toContainText('не проверен автором');
  await expect(about.locator('.tr[lang="tg"]').last()).toContainText('муаллиф онро насанҷидааст');
  await expect(page.locator('.tr-title[lang="ru"]')).toBeVisible();
  await expect(page.locator('.tr-caption[lang="tg"]')).toHaveCount(2);

  await toggle(page).click();
  await expect(page.locator('.tr').first()).toBeHidden();
});

test('the choice is remembered and applied before the first paint, with nothing shifting', async ({ page, server }) => {
  await page.goto(server.url);
  await toggle(page).click();
  await expect(page.locator('html')).toHaveAttribute('data-translation', 'on');
  await page.addInitScript(() => {
    document.addEventListener('DOMContentLoaded', () => {
      const tr = document.querySelector('.tr[lang="ru"][data-tr^="p-"]') as HTMLElement;
      (window as unknown as { first: unknown }).first = {
        attr: document.documentElement.getAttribute('data-translation'),
        display: getComputedStyle(tr).display,
      };
    });
  });
  await page.reload();
  expect(await page.evaluate(() => (window as unknown as { first: unknown }).first)).toEqual({
    attr: 'on',
    display: 'block',
  });
  await expect(toggle(page)).toHaveAttribute('aria-pressed', 'true');
  await page.waitForLoadState('load');
  const shift = await page.evaluate(
    () =>
      new Promise<number>((done) => {
        new PerformanceObserver((list) => {
          done(list.getEntries().reduce((sum, e) => sum + (e as unknown as { value: number }).value, 0));
        }).observe({ type: 'layout-shift', buffered: true });
        setTimeout(() => done(0), 500);
      }),
  );
  expect(shift).toBe(0);
});

test('a Russian interface shows its own translation by default, and only that one', async ({ page, server }) => {
  await page.goto(`${server.url}/ru/`);
  await expect(page.locator('html')).toHaveAttribute('data-translation', 'on');
  await expect(page.getByRole('button', { name: 'Перевод', exact: true })).toHaveAttribute('aria-pressed', 'true');
  for (const p of await translationsUnderParagraphs(page)) expect(p.shown).toEqual([`ru:${p.id}`]);
  await expect(page.locator('.tr[lang="tg"]')).toHaveCount(0);
});

test('selecting inside a translation offers no highlight, and a highlight never reaches into one', async ({
  page,
  server,
}) => {
  await page.goto(server.url);
  await toggle(page).click();
  const selectIn = (sel: string, from: number, to: number, endSel = sel) =>
    page.evaluate(
      ({ sel, endSel, from, to }) => {
        // The element's last text node: a translation's own words come after its label.
        const text = (s: string) => {
          const walker = document.createTreeWalker(document.querySelector(s) as Element, NodeFilter.SHOW_TEXT);
          let last: Node | null = null;
          for (let n = walker.nextNode(); n; n = walker.nextNode()) last = n;
          return last as Text;
        };
        const range = document.createRange();
        range.setStart(text(sel), from);
        range.setEnd(text(endSel), to);
        const selection = window.getSelection() as Selection;
        selection.removeAllRanges();
        selection.addRange(range);
      },
      { sel, endSel, from, to },
    );
  await selectIn('.tr[lang="ru"][data-tr="p-the-recent-signs-of-regional"]', 5, 40);
  await page.waitForTimeout(400);
  await expect(highlightButton(page)).toHaveCount(0);

  // From the English into its translation: only the English part is highlighted.
  await selectIn('#p-the-recent-signs-of-regional', 4, 20, '.tr[lang="tg"][data-tr="p-the-recent-signs-of-regional"]');
  await highlightButton(page).click();
  await expect(page.locator('article mark')).not.toHaveCount(0);
  expect(await page.locator('.tr mark').count()).toBe(0);
  const drawn = (await marks(page)).map(([, text]) => text).join('');
  expect(drawn.startsWith('recent signs of regional')).toBe(true);
  expect(drawn.endsWith('involved in the BRI.')).toBe(true);
});

test('the text model ignores translations: every offset is the same with them in the page', async ({ page }) => {
  const bundle = await bundleForPage([resolve(import.meta.dirname, '../../src/annotations/text-model.ts')], 'tm');
  const built = readFileSync(resolve(import.meta.dirname, '../../dist/index.html'), 'utf8');
  const article = built.slice(built.indexOf('<article'), built.indexOf('</article>') + '</article>'.length);
  expect(article).toContain('data-tr=');
  const without = article.replace(/<div class="tr[^"]*" lang="(ru|tg)"[^>]*>[\s\S]*?<\/div>/g, '');
  expect(without).not.toContain('data-tr=');
  const modelOf = async (html: string) => {
    await page.setContent(`<main>${html}</main>`);
    await page.addScriptTag({ content: bundle });
    return page.evaluate(() => {
      const api = (window as unknown as { tm: typeof import('../../src/annotations/text-model.ts') }).tm;
      const root = document.getElementById('article') as HTMLElement;
      const model = api.modelFromRoot(root);
      const p = root.querySelector('#p-the-bri-as-a-framework') as Element;
      const range = document.createRange();
      range.setStart(p.firstChild as Text, 4);
      range.setEnd(p.firstChild as Text, 40);
      const tr = root.querySelector('.tr[lang="ru"]');
      let inTranslation: unknown = 'no translation';
      if (tr) {
        const r = document.createRange();
        r.selectNodeContents(tr);
        inTranslation = api.rangeToOffsets(model, r);
      }
      return {
        text: model.text,
        starts: model.paragraphs.map((q) => [q.id, q.start]),
        offsets: api.rangeToOffsets(model, range),
        inTranslation,
      };
    });
  };
  const plain = await modelOf(without);
  const translated = await modelOf(article);
  expect(translated.text).toBe(plain.text);
  expect(translated.starts).toEqual(plain.starts);
  expect(translated.offsets).toEqual(plain.offsets);
  expect(translated.inTranslation, 'a range inside a translation maps to nothing').toBeNull();
});

test('Tajik letters are drawn from a real font, not as missing-glyph boxes', async ({ page, server }) => {
  await page.goto(server.url);
  await toggle(page).click();
  const result = await page
    .locator('.tr[lang="tg"][data-tr^="p-"]')
    .first()
    .evaluate((el) => {
      const style = getComputedStyle(el);
      const canvas = document.createElement('canvas');
      canvas.width = 64;
      canvas.height = 64;
      const ctx = canvas.getContext('2d', { willReadFrequently: true }) as CanvasRenderingContext2D;
      const draw = (ch: string) => {
        ctx.clearRect(0, 0, 64, 64);
        ctx.font = `40px ${style.fontFamily}`;
        ctx.fillText(ch, 8, 48);
        return Array.from(ctx.getImageData(0, 0, 64, 64).data).join(',');
      };
      // U+0378 is unassigned: no font has it, so it is drawn as the missing-glyph box.
      const box = draw('\u0378');
      return {
        lang: el.getAttribute('lang'),
        font: style.fontFamily,
        boxes: [...'ҷӣӯқғҳҶӢӮҚҒҲ'].filter((ch) => draw(ch) === box),
        blank: [...'ҷӣӯқғҳ'].filter((ch) => !/[1-9]/.test(draw(ch))),
      };
    });
  expect(result.lang).toBe('tg');
  expect(result.font).toContain('system-ui');
  expect(result.boxes, 'letters drawn as the missing-glyph box').toEqual([]);
  expect(result.blank, 'letters drawn as nothing').toEqual([]);
  // Chromium names the fonts it actually used for the Tajik text.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  const { root } = await cdp.send('DOM.getDocument');
  const { nodeId } = await cdp.send('DOM.querySelector', {
    nodeId: root.nodeId,
    selector: '.tr[lang="tg"][data-tr^="p-"]',
  });
  const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
  expect(fonts.length).toBeGreaterThan(0);
  expect(fonts.every((f) => f.familyName !== '' && f.glyphCount > 0)).toBe(true);
});

test('axe finds no serious or critical violations with translations shown', async ({ page, server }) => {
  await page.goto(server.url);
  await toggle(page).click();
  await expect(page.locator('.tr[lang="tg"]').first()).toBeVisible();
  const results = await new AxeBuilder({ page }).include('article').analyze();
  const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
});

test('print carries the translations the reader turned on, with their provenance, and no toggle', async ({
  page,
  server,
}) => {
  await page.goto(server.url);
  await toggle(page).click();
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.tr-provenance[lang="ru"]')).toBeVisible();
  await expect(page.locator('.tr[lang="tg"][data-tr^="p-"]').first()).toBeVisible();
  await expect(page.locator('.tr-toggle')).toBeHidden();
  await expect(page.locator('.tr-about')).toBeVisible();
});

test('the toggle comes before the article in the tab order, so the article’s first tab stop is still its own', async ({
  page,
  server,
}) => {
  await page.goto(server.url);
  await expect(toggle(page)).toBeVisible();
  expect(await toggle(page).evaluate((b) => b.closest('article'))).toBeNull();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(page.locator('article')).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(toggle(page)).toBeFocused();
});

test('with JavaScript off, the English page reads as before: translations and toggle hidden', async ({
  browser,
  server,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(server.url);
  if (seed) {
    expect((await page.locator('article p').allTextContents()).map(squash)).toEqual(
      [...seed.paragraphs, seed.signature].map(squash),
    );
  }
  const paragraphs = await page.locator('article [data-pid]').count();
  expect(paragraphs).toBeGreaterThan(0);
  await expect(page.locator('.tr[lang="ru"][data-tr^="p-"]')).toHaveCount(paragraphs);
  await expect(page.locator('.tr[lang="tg"][data-tr^="p-"]')).toHaveCount(paragraphs);
  for (const el of await page.locator('.tr').all()) await expect(el).toBeHidden();
  await expect(page.locator('.tr-toggle')).toBeHidden();
  // The edition still says where its translations come from, in the note every reader gets.
  await expect(page.locator('.tr-about')).toBeVisible();
  await context.close();
});

test('Chromium has no Tajik plural rules, so the catalogue needs its own (src/i18n/plural.ts)', async ({
  page,
  server,
}) => {
  // Fails once Chromium gains Tajik data: then compare its rule with ours and drop the fallback if they agree.
  await page.goto(server.url);
  expect(await page.evaluate(() => Intl.PluralRules.supportedLocalesOf(['tg']))).toEqual([]);
});

/** Helpers for tests that select text and make highlights the way a reader does. */
import { expect, type Page } from '@playwright/test';
import { phraseEdgesInPage } from '../support/in-page.ts';

/** Screen coordinates of the start and end of `phrase` in the article (scrolled into view first). */
async function phraseBox(page: Page, phrase: string, occurrence = 0) {
  const edges = await page.evaluate(phraseEdgesInPage, { phrase, occurrence });
  return { x1: edges.left + 0.5, y1: edges.startY, x2: edges.right - 0.5, y2: edges.endY };
}

/** Selects `phrase` by dragging the mouse across it. */
export async function dragSelect(page: Page, phrase: string): Promise<void> {
  const box = await phraseBox(page, phrase);
  await page.mouse.move(box.x1, box.y1);
  await page.mouse.down();
  await page.mouse.move(box.x2, box.y2, { steps: 8 });
  await page.mouse.up();
}

/**
 * Selects from the start of `from` to the end of `to` (or just `from`) as a phone's long-press and selection
 * handles leave it: a DOM selection, which may cross paragraphs and inline formatting. Headless Chromium does
 * not turn a synthetic long-press into a selection; everything after it in the tests is real touch input.
 */
export async function touchSelect(page: Page, from: string, to = from): Promise<void> {
  await phraseBox(page, from);
  await page.evaluate(
    ({ from, to }) => {
      const article = document.getElementById('article') as HTMLElement;
      const text = article.textContent ?? '';
      const start = text.indexOf(from);
      const end = text.indexOf(to, start) + to.length;
      if (start < 0 || end < start + to.length) throw new Error(`"${from}" … "${to}" is not in the article`);
      const walker = document.createTreeWalker(article, NodeFilter.SHOW_TEXT);
      const range = document.createRange();
      let seen = 0;
      let started = false;
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const len = node.textContent?.length ?? 0;
        if (!started && seen + len > start) {
          range.setStart(node, start - seen);
          started = true;
        }
        if (seen + len >= end) {
          range.setEnd(node, end - seen);
          break;
        }
        seen += len;
      }
      getSelection()?.removeAllRanges();
      getSelection()?.addRange(range);
    },
    { from, to },
  );
}

/** The article's marks as `[highlight id, text]`, in document order. */
export function marks(page: Page) {
  return page
    .locator('article mark')
    .evaluateAll((els) => els.map((el) => [el.getAttribute('data-hl') ?? '', el.textContent ?? ''] as const));
}

/** Joined text of each highlight's marks (a highlight across paragraphs has several). */
export async function highlightTexts(page: Page): Promise<string[]> {
  const byId = new Map<string, string>();
  for (const [id, text] of await marks(page)) byId.set(id, (byId.get(id) ?? '') + text);
  return [...byId.values()];
}

/** Waits until the app reports that everything needed offline is stored. */
export async function waitUntilOffline(page: Page): Promise<void> {
  await page.getByRole('status').filter({ hasText: 'Available offline' }).waitFor({ timeout: 45_000 });
}

/** The selection bar's `Highlight` button. */
export const highlightButton = (page: Page) => page.getByRole('button', { name: 'Highlight', exact: true });

/** Opens the highlight whose mark contains `markText` and gives it a note, as a reader does. */
export async function addNote(page: Page, markText: string, note: string): Promise<void> {
  await page.locator('article mark', { hasText: markText }).first().click();
  await page.getByRole('button', { name: 'Add note' }).click();
  await page.getByRole('textbox', { name: 'Note' }).fill(note);
  await page.getByRole('button', { name: 'Save note' }).click();
  await expect(page.getByRole('textbox', { name: 'Note' })).toBeHidden();
  await page.getByRole('button', { name: 'Done' }).click();
}

/**
 * A reader's usual data, made as they would on a phone: two highlights (the first with `note`) and a bookmark
 * in the paragraph “While China’s ambitious project promises…”.
 */
export async function makeSampleData(page: Page, note: string): Promise<void> {
  await touchSelect(page, 'excessive dependence on Chinese loans');
  await highlightButton(page).click();
  await addNote(page, 'excessive dependence', note);
  await touchSelect(page, 'a delicate balance');
  await highlightButton(page).click();
  await page.locator('#p-while-chinas-ambitious-project-promises').scrollIntoViewIfNeeded();
  await page.evaluate(() => window.scrollBy(0, 1));
  await page.getByRole('button', { name: 'Bookmark', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Bookmark', exact: true })).toHaveAttribute('aria-pressed', 'true');
}

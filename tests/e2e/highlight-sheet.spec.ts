/**
 * The highlight sheet and the panels with a keyboard and real presses, on the 390 px phone profile. Guards against
 * a sheet that traps the reader (issue 9): focus falling to <body> when the note's textbox leaves the DOM, an
 * Escape that only works while focus is inside the sheet, a stale sheet covering the selection bar so the next
 * `Highlight` cannot be pressed, and a sheet named like the button. Every press is a real one with Playwright's
 * actionability checks (no force, no dispatched events): a covered button fails as "intercepts pointer events".
 */
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { dragSelect, highlightButton } from './annotate.ts';
import { expect, test } from './fixtures.ts';

const FIRST = 'core element of its implementation';
/** Longer than the sheet's name keeps: the name ends in an ellipsis. */
const SECOND = 'Strategic partnerships with the Central Asian states laid a solid foundation';

/** Fails the test if focus has fallen to <body> (or nowhere): what a keyboard or screen reader user loses. */
async function expectFocusKept(page: Page, step: string): Promise<void> {
  const on = await page.evaluate(() => {
    const el = document.activeElement;
    return !el || el === document.body ? 'body' : el.outerHTML.slice(0, 80);
  });
  expect(on, `focus after "${step}"`).not.toBe('body');
}

/** Ids of the highlights drawn in the article. */
const markIds = (page: Page) =>
  page.locator('article mark').evaluateAll((els) => [...new Set(els.map((el) => el.getAttribute('data-hl') ?? ''))]);

/** Selects `phrase` with the mouse, presses `Highlight`, and returns the new highlight's first (focusable) mark. */
async function highlight(page: Page, phrase: string): Promise<Locator> {
  const before = await markIds(page);
  await dragSelect(page, phrase);
  await expectFocusKept(page, `select "${phrase}"`);
  await highlightButton(page).click();
  await expect.poll(async () => (await markIds(page)).length).toBe(before.length + 1);
  const id = (await markIds(page)).find((x) => !before.includes(x));
  await expectFocusKept(page, 'Highlight');
  return page.locator(`article mark[data-hl="${id}"]`).first();
}

const sheet = (page: Page) => page.locator('div.sheet');

test('make, note, save, Escape, highlight the next passage: 20 times in a row, focus never on <body>', async ({
  page,
  server,
}) => {
  // Twenty rounds of a real reader's pace on a shared two-core machine.
  test.setTimeout(360_000);
  await page.goto(server.url);
  for (let round = 0; round < 20; round++) {
    const note = `Round ${round}: compare with Kazakhstan.`;
    const first = await highlight(page, FIRST);

    await first.click();
    await expect(sheet(page)).toBeFocused();
    // Named by its quote: the bare word belongs to the selection bar's button.
    await expect(page.getByRole('dialog', { name: `Highlight: “${FIRST}”`, exact: true })).toBeVisible();
    await expect(page.getByRole('dialog', { name: 'Highlight', exact: true })).toHaveCount(0);

    await page.getByRole('button', { name: 'Add note' }).click();
    await expect(page.getByRole('textbox', { name: 'Note' })).toBeFocused();
    await page.keyboard.type(note);
    await page.getByRole('button', { name: 'Save note' }).click();
    if (round % 2 === 0) {
      // The race of the issue: Escape at once, whether or not the save has finished.
      await page.keyboard.press('Escape');
      await expect(sheet(page)).toHaveCount(0);
      await expect(first).toBeFocused();
    } else {
      // Saved: focus on the note's button, then the reader moves on without closing the sheet.
      await expect(page.getByRole('button', { name: 'Edit note' })).toBeFocused();
    }
    await expectFocusKept(page, 'Save note (and Escape)');

    const second = await highlight(page, SECOND);
    await expect(sheet(page), 'a new selection closes the previous sheet').toHaveCount(0);

    // The note was kept either way; remove both highlights through their sheets for the next round.
    await first.click();
    await expect(sheet(page)).toBeFocused();
    await expect(sheet(page).locator('.sheet-note')).toHaveText(note);
    await page.getByRole('button', { name: 'Remove highlight' }).click();
    await expect(sheet(page)).toHaveCount(0);
    await expectFocusKept(page, 'Remove highlight');
    await second.click();
    await expect(sheet(page)).toBeFocused();
    await expect(sheet(page)).toHaveAccessibleName(/^Highlight: “Strategic partnerships with the .*…”$/);
    await page.getByRole('button', { name: 'Remove highlight' }).click();
    await expect.poll(() => markIds(page)).toEqual([]);
    await expectFocusKept(page, 'Remove highlight');
  }
});

test('Escape closes the topmost layer wherever focus is, and focus goes back to what opened it', async ({
  page,
  server,
}) => {
  await page.goto(server.url);
  const mark = await highlight(page, FIRST);
  await mark.click();
  await expect(sheet(page)).toBeFocused();

  // A panel over the sheet: the first Escape closes the panel only, and focus returns to its button.
  const panelButton = page.getByRole('button', { name: 'Highlights', exact: true });
  await panelButton.click();
  await expect(page.getByRole('dialog', { name: 'Highlights' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog', { name: 'Highlights' })).toBeHidden();
  await expect(sheet(page)).toBeVisible();
  await expect(panelButton).toBeFocused();

  // Focus is in the app bar, outside the sheet: Escape still closes it, and focus goes to the highlight's mark.
  await page.keyboard.press('Escape');
  await expect(sheet(page)).toHaveCount(0);
  await expect(mark).toBeFocused();

  // Focus nowhere (the reader tapped the status line, which takes no focus): Escape still closes the sheet.
  await mark.click();
  await expect(sheet(page)).toBeVisible();
  await page.locator('.status-row').click({ position: { x: 4, y: 4 } });
  expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);
  await page.keyboard.press('Escape');
  await expect(sheet(page)).toHaveCount(0);
  await expect(mark).toBeFocused();

  // Go to passage in the panel opens that highlight's sheet, with focus inside it, not on the app bar.
  await panelButton.click();
  await page.getByRole('dialog', { name: 'Highlights' }).getByRole('button', { name: 'Go to passage' }).click();
  await expect(sheet(page)).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(mark).toBeFocused();

  // Remove highlight and Undo: each button leaves the page under the reader's finger; focus stays in the article.
  await mark.click();
  await page.getByRole('button', { name: 'Remove highlight' }).click();
  await expect(page.locator('article')).toBeFocused();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect.poll(() => markIds(page)).toHaveLength(1);
  await expect(page.getByRole('button', { name: 'Undo' })).toHaveCount(0);
  await expect(page.locator('article')).toBeFocused();
});

test('a keyboard-only reader opens, edits and leaves a highlight without losing focus', async ({ page, server }) => {
  await page.goto(server.url);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(page.locator('article')).toBeFocused();
  for (let i = 0; i < 3; i++) await page.keyboard.press('Control+Shift+ArrowRight');
  await expect(highlightButton(page)).toBeVisible();
  // Reached with Tab in a real session; pressing it takes the bar away, and focus with it, back to the article.
  await highlightButton(page).focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('article mark')).not.toHaveCount(0);
  await expect(page.locator('article')).toBeFocused();

  await page.keyboard.press('Tab');
  const mark = page.locator('article mark').first();
  await expect(mark).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(sheet(page)).toBeFocused();
  // Tab moves through the sheet: colours first, then the note.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'yellow highlight' })).toBeFocused();
  for (let i = 0; i < 4; i++) await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Add note' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('textbox', { name: 'Note' })).toBeFocused();
  await page.keyboard.type('Typed without a mouse.');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Save note' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Edit note' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('textbox', { name: 'Note' })).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Edit note' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(sheet(page)).toHaveCount(0);
  await expect(mark).toBeFocused();
});

test('while a note is being written, a new selection gets its Highlight button above the sheet', async ({
  page,
  server,
}) => {
  await page.goto(server.url);
  const mark = await highlight(page, FIRST);
  await mark.click();
  await page.getByRole('button', { name: 'Add note' }).click();
  await page.keyboard.type('A draft that must not be lost.');

  await dragSelect(page, SECOND);
  const bar = page.getByRole('toolbar', { name: 'Selected text' });
  await expect(bar).toBeVisible();
  await expect(sheet(page), 'the draft keeps its sheet').toBeVisible();
  const [barBox, sheetBox] = [await bar.boundingBox(), await sheet(page).boundingBox()];
  expect(barBox && sheetBox && barBox.y + barBox.height <= sheetBox.y, 'the bar sits above the sheet').toBe(true);
  const results = await new AxeBuilder({ page }).include('.dock').analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);

  await highlightButton(page).click();
  await expect.poll(async () => (await markIds(page)).length).toBe(2);
  await expect(page.getByRole('textbox', { name: 'Note' })).toHaveValue('A draft that must not be lost.');
  await page.getByRole('button', { name: 'Save note' }).click();
  await expect(page.getByRole('button', { name: 'Edit note' })).toBeFocused();
  await expect(sheet(page).locator('.sheet-note')).toHaveText('A draft that must not be lost.');
});

test('Escape inside a map popup closes the popup only; the next closes the sheet', async ({ page, server }) => {
  await page.goto(server.url);
  const mark = await highlight(page, FIRST);
  await mark.click();
  await expect(sheet(page)).toBeFocused();

  const region = page.getByRole('region', { name: /Map/ });
  await region.scrollIntoViewIfNeeded();
  const park = region.getByRole('button', { name: /Great Stone/ });
  await park.focus();
  await page.keyboard.press('Enter');
  const popup = region.locator('.leaflet-popup');
  await popup.getByRole('button', { name: 'Read in article' }).focus();
  await page.keyboard.press('Escape');
  await expect(popup).toHaveCount(0);
  await expect(sheet(page), 'the popup answered that Escape').toBeVisible();
  await expect(park).toBeFocused();

  await page.keyboard.press('Escape');
  await expect(sheet(page)).toHaveCount(0);
  await expect(mark).toBeFocused();
});

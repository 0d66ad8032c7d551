/**
 * Saved data under failure and across devices, in a real browser. Guards against one broken read taking
 * unrelated features down with it (the reading place, the bookmarks, following other tabs), and against a
 * removed highlight or bookmark coming back when files move between two devices (two browser profiles).
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { highlightTexts, makeSampleData } from './annotate.ts';
import { expect, test, watch } from './fixtures.ts';

/** Exports through the `Export` button; returns the file's path (a real download) and its parsed content. */
async function exportFile(page: Page) {
  await page.locator('#your-data').scrollIntoViewIfNeeded();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const path = await (await download).path();
  return { path, json: JSON.parse(readFileSync(path, 'utf8')) };
}

async function importFile(page: Page, path: string, result: RegExp) {
  await page.getByLabel('Import').setInputFiles(path);
  await expect(page.getByText(result)).toBeVisible();
}

async function bookmarkCount(page: Page): Promise<number> {
  await page.getByRole('button', { name: 'Bookmarks', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Bookmarks' });
  await expect(dialog).toBeVisible();
  const count = await dialog.getByRole('button', { name: 'Remove bookmark' }).count();
  await dialog.getByRole('button', { name: 'Close' }).click();
  return count;
}

test('a failed read of the highlights stops nothing else: the place, bookmarks and tracking still work', async ({
  page,
  server,
}) => {
  await page.goto(server.url);
  await page
    .locator('#p-the-bri-as-a-framework')
    .evaluate((p) => p.scrollIntoView({ block: 'start', behavior: 'instant' }));
  await page.waitForTimeout(700);
  await page.getByRole('button', { name: 'Bookmark', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Bookmark', exact: true })).toHaveAttribute('aria-pressed', 'true');
  await page.waitForTimeout(700);

  // The next visit cannot read the highlights store (as with a damaged profile); everything else is intact.
  const broken = await page.context().newPage();
  await broken.addInitScript(() => {
    const getAll = IDBObjectStore.prototype.getAll;
    IDBObjectStore.prototype.getAll = function (this: IDBObjectStore, ...args: Parameters<typeof getAll>) {
      if (this.name === 'highlights') throw new DOMException('The highlights could not be read.', 'UnknownError');
      return getAll.apply(this, args);
    };
  });
  await broken.goto(server.url);
  await expect(broken.getByRole('alert')).toContainText('Your saved highlights could not be read');
  await expect(broken.locator('#p-the-bri-as-a-framework')).toBeInViewport();
  await expect(broken.getByRole('button', { name: 'Bookmark', exact: true })).toHaveAttribute('aria-pressed', 'true');

  // Position tracking runs too: a place reached in the broken tab is where the next visit opens.
  await broken
    .locator('#p-if-we-ask-ourselves-whether')
    .evaluate((p) => p.scrollIntoView({ block: 'start', behavior: 'instant' }));
  await broken.waitForTimeout(1000);
  const next = await page.context().newPage();
  await next.goto(server.url);
  await expect(next.locator('#p-if-we-ask-ourselves-whether')).toBeInViewport();
});

test('two profiles trade files: a removal travels, and no older file brings a removed highlight back', async ({
  page,
  server,
  browser,
}) => {
  test.setTimeout(120_000);
  // Device A: two highlights (one with a note) and a bookmark; the first export is the "old file".
  await page.goto(server.url);
  await makeSampleData(page, 'Debt: see the 2% loan.');
  const old = await exportFile(page);
  expect(old.json.total).toBe(3);
  expect(old.json['bri:deleted']).toBeUndefined();

  // Device B: a second browser profile, its own storage.
  const profileB = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const b = await profileB.newPage();
  const problems: string[] = [];
  await watch(b, problems);
  await b.goto(server.url);
  await importFile(b, old.path, /Imported .*: 3 added/);
  await expect.poll(() => highlightTexts(b)).toHaveLength(2);

  // A removes one highlight and the bookmark, then exports: the file carries the removals.
  await page.locator('article mark', { hasText: 'a delicate balance' }).first().click();
  await page.getByRole('button', { name: 'Remove highlight' }).click();
  await page.getByRole('button', { name: 'Bookmarks', exact: true }).click();
  await page.getByRole('dialog', { name: 'Bookmarks' }).getByRole('button', { name: 'Remove bookmark' }).click();
  await page.getByRole('dialog', { name: 'Bookmarks' }).getByRole('button', { name: 'Close' }).click();
  await expect.poll(() => highlightTexts(page)).toEqual(['excessive dependence on Chinese loans']);
  const after = await exportFile(page);
  expect(after.json.total).toBe(1);
  expect(after.json['bri:deleted']).toHaveLength(2);

  // B takes the removals; the old file, imported again on either device, brings nothing back.
  await importFile(b, after.path, /0 added, 0 updated, 1 already here, 2 removed/);
  await expect.poll(() => highlightTexts(b)).toEqual(['excessive dependence on Chinese loans']);
  expect(await bookmarkCount(b)).toBe(0);
  await importFile(b, old.path, /0 added, 0 updated, 3 already here/);
  await importFile(page, old.path, /0 added, 0 updated, 3 already here/);
  for (const device of [page, b]) {
    await device.reload();
    await expect.poll(() => highlightTexts(device)).toEqual(['excessive dependence on Chinese loans']);
    expect(await bookmarkCount(device)).toBe(0);
  }

  // A later edit on B (a new note) does travel back to A, and the old file does not undo it.
  await b.locator('article mark', { hasText: 'excessive dependence' }).first().click();
  await b.getByRole('button', { name: 'Edit note' }).click();
  await b.getByRole('textbox', { name: 'Note' }).fill('Edited on the second device.');
  await b.getByRole('button', { name: 'Save note' }).click();
  await expect(b.getByRole('textbox', { name: 'Note' })).toBeHidden();
  await b.getByRole('button', { name: 'Done' }).click();
  const fromB = await exportFile(b);
  await importFile(page, fromB.path, /0 added, 1 updated/);
  await importFile(page, old.path, /0 added, 0 updated, 3 already here/);
  await page.locator('article mark', { hasText: 'excessive dependence' }).first().click();
  await expect(page.getByText('Edited on the second device.')).toBeVisible();
  expect(problems).toEqual([]);
  await profileB.close();
});

/**
 * Safe updates between two real builds served in turn at the same origin. Guards against: a new version that
 * takes over (or reloads the page) without the reader's click; an update that loses or rewrites the reader's
 * settings, highlights, notes or bookmarks (localStorage and IndexedDB dumped before and after); a Reload that
 * leaves the old version running; old files left behind in the caches; a prompt that does not warn a reader
 * typing a note; a retiring build that touches the reader's data; and a reload loop on a vanished chunk.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { readerDataInPage } from '../support/in-page.ts';
import { dragSelect, highlightTexts } from './annotate.ts';
import { expect, test } from './fixtures.ts';

const NEXT = 'dist-next';
const RETIRE = 'dist-retire';

function build(outDir: string, env: Record<string, string>): void {
  execFileSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'error'], {
    env: { ...process.env, BRI_OUT_DIR: outDir, ...env },
    stdio: 'pipe',
    timeout: 120_000,
  });
}

test.beforeAll(() => {
  // The second build differs only in VITE_BRI_VERSION, which changes the worker and the entry script's hash,
  // like any real release. Built here so the test is self-contained; it takes a few seconds.
  build(NEXT, { VITE_BRI_VERSION: 'next' });
});

/** The entry script of a build, from its index.html. */
function entryScript(dir: string): string {
  const html = readFileSync(`${dir}/index.html`, 'utf8');
  const src = /<script type="module"[^>]*src="([^"]+)"/.exec(html)?.[1];
  if (!src) throw new Error(`no module script in ${dir}/index.html`);
  return src;
}

/** Writes reader settings the way the app does: IndexedDB (the truth) and the localStorage mirror. */
async function saveSettings(page: Page): Promise<void> {
  await page.evaluate(async () => {
    localStorage.setItem('bri-reader:settings', JSON.stringify({ theme: 'dark', textSize: 120 }));
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('bri-reader');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction('settings', 'readwrite');
      tx.objectStore('settings').put({ theme: 'dark', textSize: 120, onlineMap: false }, 'app');
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  });
}

/** Everything the reader saved: the settings mirror in localStorage and every store of the `bri-reader` database. */
const dumpReaderData = (page: Page) => page.evaluate(readerDataInPage);

const buildOf = (page: Page) => page.locator('#status-root [data-build]').getAttribute('data-build');

test('a new version waits for Reload, keeps the reader’s data, and leaves no old files behind', async ({
  page,
  server,
}) => {
  await page.goto(server.url);
  await expect(page.getByRole('status').filter({ hasText: 'Available offline' })).toBeVisible({ timeout: 30_000 });
  expect(await buildOf(page)).toBe('dev');

  // Some reader data: a highlight with a note, made the reader's way, and settings.
  await dragSelect(page, 'core element of its implementation');
  await page.getByRole('button', { name: 'Highlight', exact: true }).click();
  expect(await highlightTexts(page)).toEqual(['core element of its implementation']);
  await page.locator('article mark').first().click();
  await page.getByRole('button', { name: 'Add note' }).click();
  await page.getByRole('textbox', { name: 'Note' }).fill('Compare with Kazakhstan.');
  await page.getByRole('button', { name: 'Save note' }).click();
  await expect(page.getByRole('textbox', { name: 'Note' })).toBeHidden();
  await page.getByRole('button', { name: 'Done' }).click();
  // A bookmark and a reading position too: an update must keep every kind of reader data.
  await page
    .locator('#p-the-bri-as-a-framework')
    .evaluate((p) => p.scrollIntoView({ block: 'start', behavior: 'instant' }));
  await page.getByRole('button', { name: 'Bookmark', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Bookmark', exact: true })).toHaveAttribute('aria-pressed', 'true');
  await page.waitForTimeout(1000); // The place is saved within a second of the reader pausing.
  await saveSettings(page);
  // Reload once on the old version, so whatever the app tidies on load is tidied before the "before" dump.
  await page.reload();
  await expect(page.getByRole('status').filter({ hasText: 'Available offline' })).toBeVisible({ timeout: 30_000 });
  const before = await dumpReaderData(page);
  for (const store of ['highlights', 'bookmarks', 'position', 'settings']) {
    expect(before.stores[store]?.values, `the ${store} store holds the reader's data`).toHaveLength(1);
  }
  const oldEntry = entryScript('dist');
  expect(entryScript(NEXT), 'the two builds really differ').not.toBe(oldEntry);

  // The new release goes live; the reader opens the app again (a navigation is when browsers look for updates).
  server.setRoot(NEXT);
  await page.reload();
  const prompt = page.getByRole('status').filter({ hasText: /new version/i });
  await expect(prompt).toBeVisible({ timeout: 30_000 });
  await expect(prompt.getByRole('button', { name: 'Reload' })).toBeVisible();

  // Nothing happens by itself: the page keeps running the old version until the reader chooses.
  await page.evaluate(() => {
    (window as unknown as { __stillHere: boolean }).__stillHere = true;
  });
  await page.waitForTimeout(2000);
  expect(await page.evaluate(() => (window as unknown as { __stillHere?: boolean }).__stillHere)).toBe(true);
  expect(await buildOf(page)).toBe('dev');

  await Promise.all([page.waitForEvent('load'), prompt.getByRole('button', { name: 'Reload' }).click()]);
  await expect.poll(() => buildOf(page), { timeout: 15_000 }).toBe('next');
  expect(await page.evaluate(() => (window as unknown as { __stillHere?: boolean }).__stillHere)).toBeUndefined();
  await expect(page.getByRole('status').filter({ hasText: 'Available offline' })).toBeVisible({ timeout: 30_000 });

  expect(
    await dumpReaderData(page),
    'settings, highlights, notes, bookmarks and reading position are untouched',
  ).toEqual(before);
  await expect(page.locator('#p-the-bri-as-a-framework'), 'the reader is back where they were').toBeInViewport();

  const leftovers = await page.evaluate(async (url) => {
    const names = await caches.keys();
    return { names, oldEntryStored: Boolean(await caches.match(url)) };
  }, oldEntry);
  expect(leftovers.oldEntryStored, 'the old version’s entry script is gone from the caches').toBe(false);
  expect(
    leftovers.names.every((name) => /^workbox-precache-v2-|^photos$|^map-tiles$/.test(name)),
    `only this app's caches remain: ${leftovers.names.join(', ')}`,
  ).toBe(true);
});

test('while a note is being written, the new version waits and the prompt says to save it first', async ({
  page,
  server,
}) => {
  await page.goto(server.url);
  await expect(page.getByRole('status').filter({ hasText: 'Available offline' })).toBeVisible({ timeout: 30_000 });
  await dragSelect(page, 'core element of its implementation');
  await page.getByRole('button', { name: 'Highlight', exact: true }).click();
  await page.locator('article mark').first().click();
  await page.getByRole('button', { name: 'Add note' }).click();
  const note = page.getByRole('textbox', { name: 'Note' });
  await note.fill('Half a thought');

  // The release arrives while the reader types (the browser checks for updates now and then).
  server.setRoot(NEXT);
  await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
  const prompt = page.getByRole('status').filter({ hasText: /new version/i });
  await expect(prompt).toBeVisible({ timeout: 30_000 });
  await note.focus();
  await expect(prompt).toContainText(/save your note first/i);
  await page.waitForTimeout(2000);
  await expect(note, 'nothing reloaded: the unsaved note is still there').toHaveValue('Half a thought');
  expect(await buildOf(page)).toBe('dev');
});

test('a retiring build removes the worker and its caches, and nothing of the reader’s data', async ({
  page,
  server,
}) => {
  build(RETIRE, { VITE_RETIRE_SW: '1' });
  await page.goto(server.url);
  await expect(page.getByRole('status').filter({ hasText: 'Available offline' })).toBeVisible({ timeout: 30_000 });
  await saveSettings(page);
  await page.reload();
  await expect(page.getByRole('status').filter({ hasText: 'Available offline' })).toBeVisible({ timeout: 30_000 });
  const before = await dumpReaderData(page);

  server.setRoot(RETIRE);
  await page.reload();
  // The retiring worker takes over at once; the open page asks before reloading.
  const prompt = page.getByRole('status').filter({ hasText: /new version/i });
  await expect(prompt).toBeVisible({ timeout: 30_000 });
  await Promise.all([page.waitForEvent('load'), prompt.getByRole('button', { name: 'Reload' }).click()]);

  await expect(page.getByRole('status').filter({ hasText: /switched off/ })).toBeVisible({ timeout: 15_000 });
  await expect.poll(() => page.evaluate(() => caches.keys()), { timeout: 15_000 }).toEqual([]);
  await expect
    .poll(() => page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length), {
      timeout: 15_000,
    })
    .toBe(0);
  expect(
    await dumpReaderData(page),
    'settings, highlights, notes, bookmarks and reading position are untouched',
  ).toEqual(before);
});

test('a lazily loaded file that vanished with an old version reloads the page once, never in a loop', async ({
  page,
  server,
}) => {
  await page.goto(server.url);
  await expect(page.getByRole('status').filter({ hasText: 'Available offline' })).toBeVisible({ timeout: 30_000 });
  const vanish = () =>
    page.evaluate(() => {
      (window as unknown as { __before: boolean }).__before = true;
      // What Vite's preload helper fires when a dynamic import's file is gone.
      window.dispatchEvent(new Event('vite:preloadError', { cancelable: true }));
    });
  await Promise.all([page.waitForEvent('load'), vanish()]);
  expect(await page.evaluate(() => (window as unknown as { __before?: boolean }).__before)).toBeUndefined();

  // The same failure right after that reload is not fixed by reloading again: the page stays.
  await vanish();
  await page.waitForTimeout(1000);
  expect(await page.evaluate(() => (window as unknown as { __before?: boolean }).__before)).toBe(true);
});

/**
 * A new version between two real builds (dist, then dist-next from global-setup.ts) at one origin, in WebKit
 * and Firefox. Guards against: an engine where the new worker never installs (no prompt), takes over or
 * reloads the page by itself, or where Reload leaves the old version running or loses the reader's data.
 */
import { NEXT } from './global-setup.ts';
import { expect, test } from './fixtures.ts';
import { addNote, buildOf, dumpReaderData, highlight, statusText, waitUntilOffline } from './flows.ts';

test('a new version waits for Reload, then runs, and nothing the reader saved is lost', async ({ tab, server }) => {
  await tab.goto(server.url);
  await waitUntilOffline(tab);
  expect(await buildOf(tab)).toBe('dev');
  await highlight(tab, 'core element of its implementation');
  await addNote(tab, 'core element of its implementation', 'Compare with Kazakhstan.');
  await tab.reload();
  await waitUntilOffline(tab);
  const before = await dumpReaderData(tab);
  expect(before.stores.highlights?.values).toHaveLength(1);

  // The release goes live; the reader opens the app again (a navigation is when browsers look for updates).
  server.setRoot(NEXT);
  await tab.reload();
  await tab.evaluate(() => {
    (window as unknown as { __stillHere: boolean }).__stillHere = true;
  });
  await expect.poll(() => statusText(tab), { timeout: 60_000, message: 'the update prompt' }).toMatch(/new version/i);
  // Nothing happened by itself while the new worker installed: same page, old version.
  expect(await tab.evaluate(() => (window as unknown as { __stillHere?: boolean }).__stillHere === true)).toBe(true);
  expect(await buildOf(tab)).toBe('dev');

  await tab.click({ css: '[role="status"] button', name: 'Reload' });
  await expect.poll(() => buildOf(tab), { timeout: 30_000, message: 'the new version runs' }).toBe('next');
  // (WebDriver returns undefined as null, so compare in the page.)
  expect(await tab.evaluate(() => (window as unknown as { __stillHere?: boolean }).__stillHere === undefined)).toBe(
    true,
  );
  await waitUntilOffline(tab);
  expect(await dumpReaderData(tab), 'settings, highlights, notes, bookmarks and position untouched').toEqual(before);
});

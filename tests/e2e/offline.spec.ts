/**
 * Offline for certain, against the built site with the server really stopped. Guards against: a status that
 * says "Available offline" before everything is stored (or ever, when something is missing); a reload without
 * network that shows the browser's error page, an unstyled article, undecoded photos or a blank map; a deep
 * link opened offline that gets no app; a first visit over a flaky link that never finishes saving; and a save
 * cut off by lost signal that starts over instead of resuming.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { mapDrawn, photosDecoded } from './offline-flow.ts';
import { startServer } from './server.ts';

// Chromium logs every load that fails once the server is gone, or that a flaky server drops.
// (An array fixture value must be wrapped: Playwright reads a bare array as [value, options].)
test.use({
  allowedConsoleErrors: [
    [
      /Failed to load resource/,
      /ERR_CONNECTION_REFUSED/,
      /Failed to fetch/,
      /503/,
      /service ?worker/i,
      /fetching the script/,
    ],
    { scope: 'test' },
  ],
});

const status = (page: Page) =>
  page
    .getByRole('status')
    .filter({ hasText: /offline/i })
    .first();

test('after "Available offline", the article, its photos and the map work with the server gone', async ({
  page,
  server,
}) => {
  await page.goto(server.url);
  await expect(status(page)).toHaveText(/Available offline/, { timeout: 30_000 });

  await server.stop();
  await page.reload();
  await expect(page.locator('article h1')).toContainText('Belt and Road Initiative in Central Asia');
  // Styled: the inlined critical CSS applied (the body is not in the browser's default serif at 16px margins).
  expect(await page.evaluate(() => getComputedStyle(document.body).margin)).not.toBe('8px');
  expect(await photosDecoded(page)).toEqual([true, true]);
  await mapDrawn(page);
  // The status is re-verified offline, not remembered.
  await expect(status(page)).toHaveText(/Available offline/);

  await page.goto(`${server.url}/some/deep/path`);
  await expect(page.locator('article h1')).toContainText('Belt and Road Initiative in Central Asia');
});

test('offline, a phone turned sideways still shows its photos (the closest stored variant)', async ({
  page,
  server,
}) => {
  await page.goto(server.url);
  await expect(status(page)).toHaveText(/Available offline/, { timeout: 30_000 });
  await server.stop();
  // Wider viewport: the browser now wants a wider variant this device never stored.
  await page.setViewportSize({ width: 844, height: 390 });
  await page.reload();
  expect(await photosDecoded(page)).toEqual([true, true]);
  const unstored = await page.evaluate(async () => {
    const shown = Array.from(document.querySelectorAll<HTMLImageElement>('article figure img'), (i) => i.currentSrc);
    const found = await Promise.all(shown.map((url) => caches.match(url)));
    return shown.filter((_, i) => !found[i]);
  });
  expect(unstored.length, 'the wider variants shown were never stored: the worker answered with stored ones').toBe(2);
});

for (const [how, options] of [
  ['answers 503 to', { failEvery: 3 }],
  ['drops the connection of', { abortEvery: 3 }],
] as const) {
  test(`a first visit over a link that ${how} one request in three ends stored, or says what is missing`, async ({
    page,
  }) => {
    const server = await startServer(options);
    try {
      // The page itself may lose a script to the flaky link: reloading is what a reader would do.
      let claimed = false;
      for (let visit = 0; visit < 4 && !claimed; visit++) {
        await page.goto(server.url).catch(() => undefined);
        const line = status(page);
        // A visit whose app script was dropped never shows the status: reload, as a reader would.
        if (
          !(await line.waitFor({ timeout: 8000 }).then(
            () => true,
            () => false,
          ))
        )
          continue;
        const settled = await expect(line)
          .toHaveText(/Available offline|Missing offline|Not saved for offline/, { timeout: 30_000 })
          .then(() => true)
          .catch(() => false);
        if (!settled) continue;
        const text = (await line.textContent()) ?? '';
        if (!/Available offline/.test(text)) {
          // What is missing is named, and Retry is offered.
          expect(text).toMatch(/Missing offline: \d+ \w+|Not saved for offline yet/);
          await page.getByRole('button', { name: 'Retry' }).click();
          await expect(line).toHaveText(/Available offline|Missing offline|Not saved for offline/, { timeout: 30_000 });
        }
        claimed = /Available offline/.test((await line.textContent()) ?? '');
      }
      expect(claimed, 'after a few reloads and Retries the save completes').toBe(true);

      // Never a false claim: with the server gone, everything is there.
      await server.stop();
      await page.reload();
      await expect(page.locator('article h1')).toContainText('Belt and Road Initiative in Central Asia');
      expect(await photosDecoded(page)).toEqual([true, true]);
      await expect(status(page)).toHaveText(/Available offline/);
    } finally {
      await server.stop();
    }
  });
}

test('a save cut off by lost signal resumes later without downloading again what it already stored', async ({
  page,
}) => {
  // Slow enough that the server can be stopped in the middle of the worker's install.
  const first = await startServer({ delayMs: 150 });
  let second: Awaited<ReturnType<typeof startServer>> | undefined;
  try {
    await page.goto(first.url);
    const line = status(page);
    await expect(line).toHaveText(/Saving for offline… ([4-9]|\d\d) of/, { timeout: 30_000 });
    await first.stop();
    // The cut-off first install still activated with what it stored, so the worker names what is missing.
    await expect(line).toHaveText(/Missing offline: \d+ \w+/, { timeout: 30_000 });
    await expect(page.getByRole('button', { name: 'Retry' })).toBeVisible();
    const stored = await page.evaluate(async () => {
      const names = (await caches.keys()).filter((n) => n.startsWith('workbox-precache'));
      const requests = (await Promise.all(names.map(async (n) => (await caches.open(n)).keys()))).flat();
      return requests.map((r) => new URL(r.url).pathname);
    });
    expect(stored.length, 'part of the app was stored before the signal went').toBeGreaterThan(0);

    // Signal again, same origin.
    second = await startServer({ port: first.port });
    // The reader presses Retry, unless the page's own retry on regained signal got there first.
    await page
      .getByRole('button', { name: 'Retry' })
      .click({ timeout: 2000 })
      .catch(() => undefined);
    await expect(line).toHaveText(/Available offline/, { timeout: 30_000 });
    const again = second.requests.filter((path) => stored.includes(path));
    expect(again, 'files stored before the cut were not downloaded again').toEqual([]);
  } finally {
    await first.stop();
    await second?.stop();
  }
});

test('never says "Available offline" while something needed is not stored', async ({ page, server }) => {
  // Make one photo unreachable: whatever variant this device picks for the first photo fails.
  server.setOptions({ failPaths: /\/assets\/photos\/belarus/ });
  await page.goto(server.url);
  const line = status(page);
  await expect(line).toHaveText(/Missing offline: 1 photo/, { timeout: 30_000 });
  await expect(page.getByRole('button', { name: 'Retry' })).toBeVisible();
  await expect(line).not.toHaveText(/Available offline/);

  // The link comes back: Retry finishes the job.
  server.setOptions({ failPaths: undefined });
  await page.getByRole('button', { name: 'Retry' }).click();
  await expect(line).toHaveText(/Available offline/, { timeout: 30_000 });
});

test('a file the browser evicted is named as missing offline, and stored again by Retry once there is signal', async ({
  page,
  server,
}) => {
  await page.goto(server.url);
  await expect(status(page)).toHaveText(/Available offline/, { timeout: 30_000 });
  // Browsers may evict stored responses under storage pressure while the same worker stays active.
  const evicted = await page.evaluate(async () => {
    const name = (await caches.keys()).find((n) => n.startsWith('workbox-precache'));
    const cache = await caches.open(name ?? '');
    const key = (await cache.keys()).map((r) => r.url).find((url) => /\/assets\/overview-[^/]+\.json/.test(url));
    if (!key) throw new Error('the map overview is not precached');
    await cache.delete(key);
    return key;
  });

  await server.stop();
  await page.reload();
  await expect(status(page)).toContainText(/missing/i, { timeout: 30_000 });
  await expect(status(page)).not.toContainText('Available offline');

  // A minute of signal again, at the same address.
  const back = await startServer({ port: server.port });
  try {
    await page.getByRole('button', { name: 'Retry' }).click();
    await expect(status(page)).toHaveText(/Available offline/, { timeout: 30_000 });
    expect(await page.evaluate(async (key) => Boolean(await caches.match(key)), evicted)).toBe(true);
  } finally {
    await back.stop();
  }
});

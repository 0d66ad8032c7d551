/**
 * Nothing leaves the site. Guards against: a third-party font, script, analytics beacon or map tile requested
 * behind the reader's back (by the page or by the service worker) in a whole session of reading, saving for
 * offline, using the map, highlighting, writing a note and exporting; and the optional online map layer
 * talking to any host but the configured tile server, or going on talking once the reader turns it off.
 */
import { readFileSync } from 'node:fs';
import type { BrowserContext, Page, Request } from '@playwright/test';
import { addNote, touchSelect, waitUntilOffline } from './annotate.ts';
import { expect, test } from './fixtures.ts';
import { startNginx } from './nginx.ts';
import { mapDrawn, TILE_PNG } from './offline-flow.ts';

const TILE_HOST = 'https://tile.openstreetmap.org';

interface Seen {
  url: string;
  byWorker: boolean;
}

/**
 * Records every request of the context, the service worker's included: Playwright reports a worker's fetches
 * on the context's `request` event (with `serviceWorker()` set) when workers are allowed.
 */
function record(context: BrowserContext): { requests: Seen[]; workers: string[] } {
  const requests: Seen[] = [];
  const workers: string[] = [];
  context.on('request', (request: Request) =>
    requests.push({ url: request.url(), byWorker: request.serviceWorker() !== null }),
  );
  context.on('serviceworker', (worker) => workers.push(worker.url()));
  return { requests, workers };
}

/** Requests that left `origin`; data: and blob: URLs never leave the device. */
function elsewhere(requests: readonly Seen[], origin: string): string[] {
  return requests
    .map((r) => r.url)
    .filter((url) => !/^(data|blob):/.test(url) && new URL(url).origin !== origin)
    .map((url) => url.slice(0, 120));
}

/** Load, save for offline, map, highlight, note, export, reload: asserts nothing left `origin`. */
async function session(page: Page, context: BrowserContext, origin: string) {
  const { requests, workers } = record(context);
  await page.goto(origin);
  await waitUntilOffline(page);
  await mapDrawn(page);

  await touchSelect(page, 'core element of its implementation');
  await page.getByRole('button', { name: 'Highlight', exact: true }).click();
  await expect(page.locator('article mark', { hasText: 'core element' }).first()).toBeVisible();
  await addNote(page, 'core element', 'Private: this stays on the device.');

  await page.locator('#your-data').scrollIntoViewIfNeeded();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const exported = readFileSync(await (await download).path(), 'utf8');
  expect(exported).toContain('Private: this stays on the device.');
  await page.reload();
  await expect(page.locator('article mark', { hasText: 'core element' }).first()).toBeVisible();

  // The recording covers the worker: it registered, and its precache fetches were seen.
  expect(
    workers.some((url) => url === `${origin}/sw.js`),
    'the service worker started',
  ).toBe(true);
  expect(requests.filter((r) => r.byWorker).length, "the worker's own requests are in the recording").toBeGreaterThan(
    5,
  );
  expect(requests.length).toBeGreaterThan(20);
  expect(elsewhere(requests, origin), 'requests to another origin').toEqual([]);
  // And the page itself never saw one either (resource timing includes what the worker answered).
  const timed = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name));
  expect(
    elsewhere(
      timed.map((url) => ({ url, byWorker: false })),
      origin,
    ),
  ).toEqual([]);
}

test('a whole session with the online map layer off requests nothing from any other origin', async ({
  page,
  context,
  server,
}) => {
  await session(page, context, server.url);
});

test('the same session behind nginx with the real headers (a header CSP adds to the meta one)', async ({
  page,
  context,
}) => {
  const nginx = await startNginx();
  try {
    await session(page, context, nginx.url);
  } finally {
    await nginx.stop();
  }
});

test('the online map layer asks only the configured tile host, and stops when turned off', async ({
  page,
  context,
  server,
}) => {
  // No real network: tiles come from a local PNG (context.route also sees the worker's fetches).
  await context.route(`${TILE_HOST}/**`, (route) =>
    route.fulfill({
      status: 200,
      contentType: 'image/png',
      headers: { 'Access-Control-Allow-Origin': '*' },
      body: TILE_PNG,
    }),
  );
  const { requests } = record(context);
  await page.goto(server.url);
  await waitUntilOffline(page);
  await mapDrawn(page);
  expect(elsewhere(requests, server.url), 'nothing leaves before the reader opts in').toEqual([]);

  const online = page.getByRole('checkbox', { name: 'Detailed map (online)' });
  await online.check();
  await expect.poll(() => elsewhere(requests, server.url).length, { message: 'tiles requested' }).toBeGreaterThan(0);
  const outside = requests.filter((r) => !/^(data|blob):/.test(r.url) && new URL(r.url).origin !== server.url);
  for (const r of outside)
    expect(r.url, 'only tiles, only from the tile host').toMatch(
      /^https:\/\/tile\.openstreetmap\.org\/\d+\/\d+\/\d+\.png$/,
    );

  await online.uncheck();
  await expect(page.locator('#map img.leaflet-tile')).toHaveCount(0);
  const before = requests.length;
  // Move and zoom the map: with the layer off, no tile is asked for.
  const box = await page.locator('#map .leaflet-container').boundingBox();
  if (!box) throw new Error('the map has no box');
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 - 80, box.y + box.height / 2 - 40, { steps: 6 });
  await page.mouse.up();
  await page.locator('#map .leaflet-control-zoom-in').click();
  await page.waitForTimeout(1000);
  expect(elsewhere(requests.slice(before), server.url), 'requests after turning the layer off').toEqual([]);
});

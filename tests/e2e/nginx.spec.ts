/**
 * The site behind Debian's real nginx with the repo's deploy/nginx.conf. Guards against: a config nginx
 * refuses or warns about; a header lost on some file (nginx drops server-level `add_header`s in a location
 * that sets its own); the page or worker cached so a release never arrives, or hashed files revalidated on
 * every visit; a wrong MIME type (a module script as text/plain, the manifest as octet-stream); a 404 cached
 * for a year; the headers breaking the app (the header CSP is enforced in addition to the meta tag, also on the
 * worker); and offline failing once the app is served by a real host rather than the test server.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { listFiles, photoFiles } from '../../src/build/sizes.ts';
import { waitUntilOffline } from './annotate.ts';
import { expect, test } from './fixtures.ts';
import {
  expectedCacheControl,
  headersFor,
  parseHeadersFile,
  securityHeaders,
  TOP_LEVEL_FILES,
} from './host-headers.ts';
import { checkConfig, type Nginx, startNginx } from './nginx.ts';
import { mapDrawn, photosDecoded, TILE_PNG } from './offline-flow.ts';

const DIST = 'dist';
// Chromium logs every load that fails once nginx is gone, including the worker's update check.
const OFFLINE_NOISE = [
  /Failed to (load resource|fetch|update)/i,
  /ERR_CONNECTION_REFUSED/,
  /An unknown error occurred when fetching the script/,
];

let nginx: Nginx;
test.beforeAll(async () => {
  nginx = await startNginx();
});
test.afterAll(async () => {
  await nginx?.stop();
});

const get = (path: string, init?: RequestInit) =>
  fetch(`${nginx.url}${path}`, { headers: { 'Accept-Encoding': 'gzip, br' }, ...init });

test('nginx accepts deploy/nginx.conf, without a single warning', () => {
  const result = checkConfig();
  expect(result.output, 'nginx -t output').toBe('');
  expect(result.ok).toBe(true);
});

test('/ru and /tg, typed without the slash, redirect to their pages, query kept', async () => {
  for (const lang of ['ru', 'tg']) {
    const moved = await get(`/${lang}?x=1`, { redirect: 'manual' });
    expect(moved.status).toBe(301);
    const to = new URL(moved.headers.get('location') ?? '', nginx.url);
    expect(`${to.pathname}${to.search}`).toBe(`/${lang}/?x=1`);
  }
});

test('the page, worker, a hashed script, the manifest, photos, an icon and boot.js get their caching, type and every security header', async () => {
  const files = listFiles(DIST);
  const script = files.find((f) => /^assets\/index-[\w-]+\.js$/.test(f));
  const avif = photoFiles(DIST).find((f) => f.endsWith('.avif'));
  const jpeg = photoFiles(DIST).find((f) => f.endsWith('.jpg'));
  expect(script && avif && jpeg, 'dist/ holds an entry script and AVIF and JPEG photos').toBeTruthy();

  const cases: [path: string, type: RegExp, compressed: boolean][] = [
    ['/', /^text\/html; charset=utf-8$/, true],
    ['/index.html', /^text\/html; charset=utf-8$/, true],
    ['/sw.js', /^(application|text)\/javascript; charset=utf-8$/, true],
    ['/boot.js', /^(application|text)\/javascript; charset=utf-8$/, true],
    [`/${script}`, /^(application|text)\/javascript; charset=utf-8$/, true],
    ['/manifest.webmanifest', /^application\/manifest\+json(; charset=utf-8)?$/, true],
    ['/ru/manifest.webmanifest', /^application\/manifest\+json(; charset=utf-8)?$/, true],
    [`/${avif}`, /^image\/avif$/, false],
    [`/${jpeg}`, /^image\/jpeg$/, false],
    ['/pwa-192x192.png', /^image\/png$/, false],
    ['/favicon.svg', /^image\/svg\+xml(; charset=utf-8)?$/, false],
  ];
  for (const [path, type, compressed] of cases) {
    const response = await get(path);
    expect(response.status, path).toBe(200);
    const headers = response.headers;
    for (const [name, value] of Object.entries(securityHeaders(path))) {
      expect(headers.get(name), `${name} on ${path}`).toBe(value);
    }
    expect(headers.get('cache-control'), `Cache-Control on ${path}`).toBe(
      expectedCacheControl(path === '/' ? '/index.html' : path),
    );
    expect(headers.get('content-type'), `Content-Type of ${path}`).toMatch(type);
    if (compressed) expect(headers.get('content-encoding'), `${path} is compressed`).toBe('gzip');
    // Revalidation needs a validator: `no-cache` without an ETag would download the page in full every time.
    expect(headers.get('etag'), `ETag on ${path}`).toBeTruthy();
    expect(headers.get('server'), 'no version number advertised').toBe('nginx');
  }

  const revalidated = await get('/sw.js', {
    headers: { 'If-None-Match': (await get('/sw.js')).headers.get('etag') ?? '' },
  });
  expect(revalidated.status, 'an unchanged worker costs a 304, not a download').toBe(304);
  expect(revalidated.headers.get('content-security-policy')).toBe(securityHeaders('/sw.js')['Content-Security-Policy']);
});

test('a missing file is a plain 404 that still carries the security headers and is never cached', async () => {
  for (const path of ['/no/such/page', '/assets/index-gone.js', '/_headers']) {
    const response = await get(path);
    expect(response.status, path).toBe(404);
    for (const [name, value] of Object.entries(securityHeaders(path)))
      expect(response.headers.get(name), name).toBe(value);
    expect(response.headers.get('cache-control'), `a 404 at ${path} gets no long-lived caching`).toBeNull();
  }
  expect((await get('/', { method: 'POST' })).status, 'a static site answers only GET and HEAD').toBe(405);
});

test('every file in dist/ gets its intended Cache-Control, from nginx and from public/_headers alike', async () => {
  const files = listFiles(DIST).filter((f) => f !== '_headers');
  // Every top-level file of the build needs its own rule in public/_headers (TOP_LEVEL_FILES).
  for (const file of files.filter((f) => !f.includes('/')))
    expect(TOP_LEVEL_FILES, 'TOP_LEVEL_FILES').toContain(`/${file}`);
  const rules = parseHeadersFile(readFileSync(join(DIST, '_headers'), 'utf8'));
  for (const path of ['/', ...files.map((f) => `/${f}`)]) {
    const file = path === '/' ? '/index.html' : path;
    const want = { ...securityHeaders(file), 'Cache-Control': expectedCacheControl(file) };
    const response = await get(path, { method: 'HEAD' });
    const hosted = headersFor(rules, path);
    for (const [name, value] of Object.entries(want)) {
      expect(response.headers.get(name), `nginx: ${name} of ${path}`).toBe(value);
      // A value joined from two rules, or none at all, shows up here.
      expect(hosted[name.toLowerCase()], `_headers: ${name} of ${path}`).toBe(value);
    }
  }
});

test.describe('in the browser', () => {
  // An array option must be wrapped: Playwright reads a bare array as [value, options].
  test.use({ allowedConsoleErrors: [OFFLINE_NOISE, { scope: 'test' }] });

  const status = (page: Page) =>
    page
      .getByRole('status')
      .filter({ hasText: /offline/i })
      .first();

  test('first visit saves everything; with nginx stopped the reload shows the article, photos and map', async ({
    page,
  }) => {
    // Its own nginx: this test stops it.
    const host = await startNginx();
    // Header problems are only warnings in Chromium (an unknown Permissions-Policy feature, a bad directive).
    const headerWarnings: string[] = [];
    page.on('console', (msg) => {
      if (/Permissions-Policy|Content.Security.Policy|X-Frame-Options/i.test(msg.text()))
        headerWarnings.push(msg.text());
    });
    try {
      const response = await page.goto(host.url);
      expect(response?.headers()['content-security-policy'], 'served with the header CSP').toBeTruthy();
      await waitUntilOffline(page);

      await host.stop();
      await page.reload();
      await expect(page.locator('article h1')).toContainText('Belt and Road Initiative in Central Asia');
      expect(await photosDecoded(page)).toEqual([true, true]);
      await mapDrawn(page);
      await expect(status(page)).toHaveText(/Available offline/);
      expect(headerWarnings, 'the browser complained about no header').toEqual([]);
      expect(host.errorLog(), 'nginx logged no error or warning').not.toMatch(/\[(emerg|alert|crit|error|warn)\]/);
    } finally {
      await host.stop();
    }
  });

  test('with the real headers, the online map layer still loads its tiles through the worker', async ({
    page,
    context,
  }) => {
    // context.route also sees requests the service worker makes; no real tile server is touched.
    const tiles: string[] = [];
    await context.route('https://tile.openstreetmap.org/**', (route) => {
      tiles.push(route.request().url());
      return route.fulfill({
        status: 200,
        contentType: 'image/png',
        headers: { 'Access-Control-Allow-Origin': '*' },
        body: TILE_PNG,
      });
    });
    await page.goto(nginx.url);
    await waitUntilOffline(page);
    await mapDrawn(page);
    await page.getByRole('checkbox', { name: 'Detailed map (online)' }).check();
    await expect.poll(() => tiles.length, { message: 'tiles were requested' }).toBeGreaterThan(0);
    await expect
      .poll(
        () =>
          page
            .locator('#map img.leaflet-tile')
            .evaluateAll((imgs) => imgs.filter((i) => (i as HTMLImageElement).naturalWidth > 0).length),
        { message: 'tiles decoded in the page' },
      )
      .toBeGreaterThan(0);
    // The worker stored them: its own fetch to the tile host passed the worker's CSP (the header sent on sw.js).
    await expect
      .poll(() => page.evaluate(async () => (await (await caches.open('map-tiles')).keys()).length), {
        message: 'tiles stored by the worker',
      })
      .toBeGreaterThan(0);
  });
});

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// Workbox's development logger reads `self` as it loads; in a worker that is the global scope.
vi.hoisted(() => {
  (globalThis as { self?: unknown }).self ??= globalThis;
});

import { PrecacheController } from 'workbox-precaching';
import { check, type Stores } from '../../../src/sw/check.ts';
import { PHOTO_CACHE } from '../../../src/sw/to-cache.ts';
import { MemoryCaches, MemoryNetwork } from './memory-caches.ts';

const ORIGIN = 'https://reader.example';
const PARK = `${ORIGIN}/assets/photos/belarus-china-park-1a2b3c-800.avif`;
const PASS = `${ORIGIN}/assets/photos/mountain-pass-tajikistan-4d5e6f-800.avif`;

let caches: MemoryCaches;
let network: MemoryNetwork;
let stores: Stores;

/** A worker whose build precached the page (revisioned), a script and the map data, with the network to match. */
beforeEach(async () => {
  vi.stubGlobal('location', new URL(`${ORIGIN}/sw.js`));
  caches = new MemoryCaches();
  network = new MemoryNetwork({
    '/index.html': '<h1>article</h1>',
    '/assets/index-abc.js': 'app()',
    '/assets/overview-def.json': '{}',
    '/assets/photos/belarus-china-park-1a2b3c-800.avif': 'park',
    '/assets/photos/mountain-pass-tajikistan-4d5e6f-800.avif': 'pass',
  });
  vi.stubGlobal('caches', caches);
  vi.stubGlobal('fetch', network.fetch);
  const precache = new PrecacheController();
  precache.addToCacheList([
    { url: '/index.html', revision: 'r1' },
    // Hashed file names carry their own revision, as the build lists them.
    { url: '/assets/index-abc.js', revision: null },
    { url: '/assets/overview-def.json', revision: null },
  ]);
  stores = {
    precache: precache.getURLsToCacheKeys(),
    precacheName: precache.strategy.cacheName,
    origin: ORIGIN,
    // What the photo route does, minus its plugins: fetch, and keep a 200.
    async storePhoto(url) {
      const response = await fetch(url);
      if (response.status === 200) await (await caches.open(PHOTO_CACHE)).put(url, response);
    },
  };
  // The install stored everything, under Workbox's keys.
  const cache = await caches.open(stores.precacheName);
  for (const [url, key] of stores.precache) await cache.put(key, await network.fetch(url));
  network.requests.length = 0;
});

afterEach(() => {
  vi.unstubAllGlobals();
});

const precached = async () => [...(await caches.open(stores.precacheName)).entries.keys()].sort();

describe('the worker’s answer to CHECK', () => {
  it('with everything stored, answers nothing missing and downloads nothing', async () => {
    await (await caches.open(PHOTO_CACHE)).put(PARK, new Response('park'));
    expect(await check([PARK], stores)).toEqual({ missing: [], total: 4 });
    expect(network.requests).toEqual([]);
  });

  it('stores again a precached file the browser evicted, under its revisioned key, past the HTTP cache', async () => {
    const before = await precached();
    const cache = await caches.open(stores.precacheName);
    const pageKey = before.find((key) => key.includes('/index.html'));
    expect(pageKey, 'Workbox keeps a revisioned URL under a key that carries its revision').toMatch(
      /\/index\.html\?__WB_REVISION__=r1$/,
    );
    await cache.delete(pageKey as string);

    expect(await check([], stores)).toEqual({ missing: [], total: 3 });
    expect(await precached()).toEqual(before);
    expect(network.requests, 'only the evicted file is downloaded').toEqual([
      { url: `${ORIGIN}/index.html`, cache: 'reload' },
    ]);
  });

  it('without signal, names what is still missing by URL, never by cache key', async () => {
    const cache = await caches.open(stores.precacheName);
    for (const key of await precached()) if (!key.endsWith('.js')) await cache.delete(key);
    network.online = false;

    const result = await check([PARK], stores);
    expect(result.missing.sort()).toEqual([`${ORIGIN}/assets/overview-def.json`, PARK, `${ORIGIN}/index.html`].sort());
    expect(result.total).toBe(4);
    expect(result.missing.join(' ')).not.toContain('__WB_REVISION__');
  });

  it('keeps a failed download (a 503) out of the cache and reports it missing', async () => {
    await (await caches.open(stores.precacheName)).delete((await precached())[0] as string);
    network.failing.add('/assets/index-abc.js');
    network.failing.add(new URL(PASS).pathname);
    const result = await check([PASS], stores);
    expect(result.missing).toContain(PASS);
    expect(await caches.match(PASS)).toBeUndefined();
    expect(result.missing.length).toBe(2);
  });

  it('stores the photo variants the page shows, and only those', async () => {
    await (await caches.open(PHOTO_CACHE)).put(PARK, new Response('park'));
    expect(await check([PARK, PASS], stores)).toEqual({ missing: [], total: 5 });
    expect(
      network.requests.map((r) => r.url),
      'the stored photo is not downloaded again',
    ).toEqual([PASS]);
    expect(await (await caches.open(PHOTO_CACHE)).keys()).toHaveLength(2);
  });

  it('never fetches a URL that is not our own photo variant, and does not vouch for it', async () => {
    const others = [
      'https://elsewhere.example/assets/photos/park-1-800.avif',
      `${ORIGIN}/assets/index-abc.js`,
      'not a url',
    ];
    const result = await check(others, stores);
    expect(result.missing).toEqual(others);
    expect(network.requests).toEqual([]);
  });
});

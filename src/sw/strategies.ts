/**
 * How each kind of request is answered. The precache (page, code, data) is workbox-precaching's own
 * cache-first; this file holds the runtime strategies for the things a device stores on its own terms.
 */
import { CacheableResponsePlugin } from 'workbox-cacheable-response';
import type { WorkboxPlugin } from 'workbox-core';
import { ExpirationPlugin } from 'workbox-expiration';
import type { PrecacheController } from 'workbox-precaching';
import { CacheFirst } from 'workbox-strategies';
import { PROGRESS, type Progress } from '../offline/messages.ts';
import {
  PHOTO_CACHE,
  PHOTO_MAX_ENTRIES,
  photoVariant,
  TILE_CACHE,
  TILE_MAX_AGE_SECONDS,
  TILE_MAX_ENTRIES,
} from './to-cache.ts';

declare const self: ServiceWorkerGlobalScope;

/**
 * Offline, a request for a photo variant this device never stored (the phone was rotated, the page zoomed)
 * gets the closest stored variant of the same photo and format instead of a broken image.
 */
const anyStoredVariant: WorkboxPlugin = {
  async handlerDidError({ request }) {
    const wanted = photoVariant(new URL(request.url).pathname);
    if (!wanted) return undefined;
    const cache = await caches.open(PHOTO_CACHE);
    let best: { request: Request; width: number } | undefined;
    for (const stored of await cache.keys()) {
      const v = photoVariant(new URL(stored.url).pathname);
      if (!v || v.stem !== wanted.stem || v.ext !== wanted.ext) continue;
      // Prefer the smallest variant at least as wide as asked; otherwise the widest there is.
      const better =
        !best ||
        (v.width >= wanted.width && (best.width < wanted.width || v.width < best.width)) ||
        (v.width < wanted.width && best.width < wanted.width && v.width > best.width);
      if (better) best = { request: stored, width: v.width };
    }
    return best ? cache.match(best.request) : undefined;
  },
};

/** Photos: hashed and immutable, so the cache answers first; only 200s are kept, and only those shown. */
export const photos = new CacheFirst({
  cacheName: PHOTO_CACHE,
  plugins: [
    new CacheableResponsePlugin({ statuses: [200] }),
    new ExpirationPlugin({ maxEntries: PHOTO_MAX_ENTRIES, purgeOnQuotaError: true }),
    anyStoredVariant,
  ],
});

/**
 * Online map tiles the reader viewed. Only CORS 200 responses: an opaque response (status 0) could be an
 * error page and would count a padded ~7 MB against quota in Chromium. Oldest go first when space runs out.
 */
export const tiles = new CacheFirst({
  cacheName: TILE_CACHE,
  plugins: [
    new CacheableResponsePlugin({ statuses: [200] }),
    new ExpirationPlugin({
      maxEntries: TILE_MAX_ENTRIES,
      maxAgeSeconds: TILE_MAX_AGE_SECONDS,
      purgeOnQuotaError: true,
    }),
  ],
});

/**
 * Tells open pages how far the precache install has got, so the status line can say "N of M" on a slow
 * link. Entries already stored by an interrupted earlier attempt count at once: workbox skips refetching them.
 */
export function installProgress(total: number): { plugin: WorkboxPlugin; stored(): number } {
  const done = new Set<string>();
  const plugin: WorkboxPlugin = {
    async handlerDidComplete({ event, request, error }) {
      if (event?.type !== 'install' || error) return;
      done.add(request.url);
      const message: Progress = { type: PROGRESS, done: done.size, total };
      const pages = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
      for (const page of pages) page.postMessage(message);
    },
  };
  return { plugin, stored: () => done.size };
}

/**
 * Workbox's precache install gives up at the first failed request, and the browser would only try again on
 * the next visit. On a link that drops one request in three, that is most visits. So the install runs again
 * within the same install event, each time skipping what is stored, for as long as tries keep storing
 * something new; after three tries in a row that store nothing (the signal is gone) it fails for real and
 * the page says what is missing. Workbox's own install is given a shield event so one failed try does not
 * fail the whole install event.
 */
export async function installPatiently(
  controller: PrecacheController,
  event: ExtendableEvent,
  stored: () => number,
): Promise<void> {
  const shield = {
    type: 'install',
    waitUntil: (promise: Promise<unknown>) => event.waitUntil(Promise.resolve(promise).catch(() => undefined)),
  } as unknown as ExtendableEvent;
  for (let idle = 0; ; ) {
    const before = stored();
    try {
      await controller.install(shield);
      return;
    } catch (error) {
      idle = stored() > before ? 0 : idle + 1;
      if (idle >= 3) throw error;
      await new Promise((resolve) => setTimeout(resolve, 400 * 2 ** idle));
    }
  }
}

/**
 * Stores again every precached response that is no longer in the cache: the browser may evict entries while
 * this worker stays active, and Workbox fetches its precache only on install. Returns how many were stored;
 * a failed fetch (still no signal) leaves the entry missing, for the page to report.
 */
export async function repairPrecache(controller: PrecacheController): Promise<number> {
  const cache = await caches.open(controller.strategy.cacheName);
  let stored = 0;
  for (const [url, key] of controller.getURLsToCacheKeys()) {
    if (await cache.match(key)) continue;
    try {
      const response = await fetch(url, { cache: 'reload' });
      if (!response.ok) continue;
      await cache.put(key, response);
      stored++;
    } catch {
      // No network yet: the page still finds the entry missing and says so.
    }
  }
  return stored;
}

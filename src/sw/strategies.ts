/**
 * How each kind of request is answered, and nothing else. The precache (page, code, data) is
 * workbox-precaching's own cache-first; this file holds the runtime strategies for the things a device stores on
 * its own terms. Installing the precache is ./install.ts; answering the page's CHECK is ./check.ts.
 */
import { CacheableResponsePlugin } from 'workbox-cacheable-response';
import type { WorkboxPlugin } from 'workbox-core';
import { ExpirationPlugin } from 'workbox-expiration';
import { CacheFirst } from 'workbox-strategies';
import {
  PHOTO_CACHE,
  PHOTO_MAX_ENTRIES,
  photoVariant,
  TILE_CACHE,
  TILE_MAX_AGE_SECONDS,
  TILE_MAX_ENTRIES,
} from './to-cache.ts';

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

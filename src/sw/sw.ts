/**
 * The service worker entry: wires listeners and routes only. What to cache: ./to-cache.ts; how: ./strategies.ts;
 * installing the precache: ./install.ts; answering the page's CHECK: ./check.ts. Messages: src/offline/messages.ts.
 * A new version waits until the reader presses Reload (SKIP_WAITING); nothing here skips waiting by itself.
 */
import { clientsClaim } from 'workbox-core';
import { cleanupOutdatedCaches, PrecacheController, PrecacheRoute } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { CHECK, type PageMessage, SKIP_WAITING } from '../offline/messages.ts';
import { check, type Stores } from './check.ts';
import { installPatiently, installProgress } from './install.ts';
import { photos, tiles } from './strategies.ts';
import { isTileUrl, tileUrlTemplate } from '../shared/tile-url.ts';
import { LANGUAGES, type Language, languageOfPath, pageFilePath, slashedLanguagePage } from '../i18n/languages.ts';
import type { RouteHandlerCallback } from 'workbox-core';
import { isPhoto, NOT_APP_NAVIGATIONS, precacheList } from './to-cache.ts';

declare const self: ServiceWorkerGlobalScope;

const precache = new PrecacheController();
precache.addToCacheList(precacheList());
const progress = installProgress(precache.getURLsToCacheKeys().size);
precache.strategy.plugins.push(progress.plugin);

self.addEventListener('install', (event) => {
  event.waitUntil(installPatiently(precache, event, progress.stored));
});
// Removes entries of our own older builds from the precache, and (next line) precaches of older Workbox
// versions. Nothing else (IndexedDB, localStorage, the photo and tile caches) is touched.
self.addEventListener('activate', (event) => {
  void precache.activate(event);
});
cleanupOutdatedCaches();
// The first install takes control of the page that installed it, so its photos go through the worker and
// get stored. Updates reach `activate` only after the reader's Reload, so claiming never swaps code under them.
clientsClaim();

registerRoute(new PrecacheRoute(precache));
// Each interface language has its page (/, /ru/, /tg/); any other in-scope navigation gets the page of the
// language its path starts with, from the precache, online or off.
const pages = Object.fromEntries(
  LANGUAGES.map((l) => [l, precache.createHandlerBoundToURL(pageFilePath(l))]),
) as Record<Language, RouteHandlerCallback>;
// `/ru` or `/tg` typed without the slash: to that page, as a static host would, not the English page.
registerRoute(
  ({ request, url }) => request.mode === 'navigate' && slashedLanguagePage(url.pathname) !== undefined,
  async ({ url }) => Response.redirect(new URL(`${slashedLanguagePage(url.pathname)}${url.search}`, url).href, 301),
);
registerRoute(
  new NavigationRoute((options) => pages[languageOfPath(options.url.pathname)](options), {
    denylist: NOT_APP_NAVIGATIONS,
  }),
);
registerRoute(({ url }) => isPhoto(url, self.location.origin), photos);
const tileTemplate = tileUrlTemplate(import.meta.env.VITE_TILE_URL);
registerRoute(({ url, request }) => request.destination === 'image' && isTileUrl(url.href, tileTemplate), tiles);

self.addEventListener('message', (event: ExtendableMessageEvent) => {
  const message = event.data as PageMessage | undefined;
  if (message?.type === SKIP_WAITING) {
    void self.skipWaiting();
  } else if (message?.type === CHECK) {
    const stores: Stores = {
      precache: precache.getURLsToCacheKeys(),
      precacheName: precache.strategy.cacheName,
      origin: self.location.origin,
      storePhoto(url) {
        // handleAll's second promise settles once the response is in the cache, not merely fetched.
        const [response, stored] = photos.handleAll({ event, request: url });
        response.catch(() => undefined);
        return stored;
      },
    };
    const wanted = Array.isArray(message.photos) ? message.photos.filter((url) => typeof url === 'string') : [];
    event.waitUntil(check(wanted, stores).then((result) => event.ports[0]?.postMessage(result)));
  }
});

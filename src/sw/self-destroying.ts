/**
 * The worker to ship, at the same /sw.js, when a release is broken beyond what an ordinary update can fix
 * (`VITE_RETIRE_SW=1 npm run build`; src/offline/README.md). It takes over at once, deletes only this app's
 * caches, and unregisters. It never clears IndexedDB or localStorage: the reader's highlights, notes and
 * settings survive. It does not reload pages either: an open page sees its worker change and offers Reload.
 */
import { isOwnCache } from './to-cache.ts';

declare const self: ServiceWorkerGlobalScope;

self.addEventListener('install', () => {
  void self.skipWaiting();
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const names = await caches.keys();
      await Promise.all(names.filter(isOwnCache).map((name) => caches.delete(name)));
      await self.registration.unregister();
    })(),
  );
});

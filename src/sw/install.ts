/**
 * Installing the precache on a poor link: progress for the page's "Saving for offline… N of M", and an install
 * that keeps going while each try stores something new. Wired in ./sw.ts; strategies are ./strategies.ts.
 */
import type { WorkboxPlugin } from 'workbox-core';
import type { PrecacheController } from 'workbox-precaching';
import { PROGRESS, type Progress } from '../offline/messages.ts';

declare const self: ServiceWorkerGlobalScope;

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
 * something new, until three tries in a row store nothing (the signal is gone). Then an update fails, so the
 * version in use keeps serving whole; a first install activates with what it stored, because there is nothing
 * to keep serving and an active worker can name what is missing and fetch just that on the page's next CHECK
 * (./check.ts). Workbox's own install is given a shield event so one failed try does not fail the whole
 * install event.
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
  const first = !self.registration.active;
  for (let idle = 0; ; ) {
    const before = stored();
    try {
      await controller.install(shield);
      return;
    } catch (error) {
      idle = stored() > before ? 0 : idle + 1;
      if (idle >= 3) {
        if (first) return;
        throw error;
      }
      await new Promise((resolve) => setTimeout(resolve, 400 * 2 ** idle));
    }
  }
}

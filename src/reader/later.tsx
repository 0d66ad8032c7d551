// First bundle (tiny): islands whose code is not needed for the first screen, loaded after it: the panels
// behind toolbar buttons (when first opened), and the sections at the end of the page (when the browser is
// idle). They are precached like everything else, so offline they load from the device in milliseconds.
import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { readerText as t } from '../i18n/text/reader.ts';
import { notify } from './store.ts';

/** Runs `task` once the browser is idle after the first screen (at most 2 s later; soon where idle is unknown). */
export function whenIdle(task: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(task, { timeout: 2000 });
  else setTimeout(task, 200);
}

/**
 * The module a lazy `import()` gave, or an error: when a chunk fails to load and the stale-chunk handler
 * (src/offline/stale-chunk.ts) takes over by preventing Vite's error, the import resolves to undefined.
 */
export function arrived<T>(module: T | undefined): T {
  if (module === undefined) throw new Error('a lazily loaded part of the app did not arrive');
  return module;
}

/**
 * Loads `load`, trying again a little later when it fails (`tries` in all): on a first visit over a link that
 * drops requests, a section must still arrive. Offline, once saved, the first try is served by the worker.
 */
export async function patiently<T>(load: () => Promise<T>, tries = 4): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await load();
    } catch (error) {
      if (attempt >= tries) throw error;
      await new Promise((wake) => setTimeout(wake, 1500 * attempt));
    }
  }
}

/**
 * A panel whose code loads when it is first opened (`open` turns true). Renders nothing until it is here; the
 * panel then opens as if it had always been. If its code cannot be fetched (a first visit whose connection
 * dropped), the reader is told, and opening it again tries again.
 */
export function Later({ load, open }: { load: () => Promise<ComponentType>; open: boolean }) {
  const [Component, setComponent] = useState<ComponentType | null>(null);
  useEffect(() => {
    if (!open || Component) return;
    let current = true;
    load().then(
      (loaded) => current && setComponent(() => loaded),
      () => current && notify({ kind: 'alert', text: t('partNotLoaded') }),
    );
    return () => {
      current = false;
    };
  }, [open, Component, load]);
  return Component ? <Component /> : null;
}

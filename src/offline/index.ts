// First bundle: the offline machinery's public face, mounted by src/reader. Each job has its file:
// lifecycle.ts (the worker's registration and updates), check.ts (is everything stored?), photos.ts (which
// photo variants to keep), stale-chunk.ts (a lazily loaded file gone with an old version).
import { checkOffline, watchProgress } from './check.ts';
import { watchInstall } from './install.ts';
import { hourlyUpdate } from './lifecycle.ts';
import { reloadOnStaleChunk } from './stale-chunk.ts';
import { getOffline, setOffline } from './state.ts';

export { InstallButton } from './InstallButton/index.tsx';
export { OfflineStatus } from './OfflineStatus/index.tsx';
export { requestPersistence } from './persistence.ts';
export { UpdatePrompt } from './UpdatePrompt/index.tsx';

export interface OfflineOptions {
  /** True while the reader is typing a note: then nothing reloads, not even to fetch a vanished file. */
  isWriting?: () => boolean;
}

/** Call once at startup: watches the install offer, and saves for offline after `load` (never delaying first paint). */
export function startOffline({ isWriting = () => false }: OfflineOptions = {}): void {
  watchInstall();
  // `vite dev` serves no worker (it is built with the site); the status stays empty there.
  if (import.meta.env.DEV) return;
  if (import.meta.env.VITE_RETIRE_SW === '1') {
    setOffline({ phase: 'retired' });
    return;
  }
  if (!('serviceWorker' in navigator)) {
    setOffline({ phase: 'unsupported' });
    return;
  }
  reloadOnStaleChunk(isWriting, () => setOffline({ update: 'stale' }));
  watchProgress();
  const lookForUpdate = hourlyUpdate();
  // A minute of signal is often all a reader gets: use it to finish saving, or to look for a new version.
  addEventListener('online', () => (getOffline().phase === 'missing' ? void checkOffline() : lookForUpdate()));
  document.addEventListener('visibilitychange', () => document.visibilityState === 'visible' && lookForUpdate());
  if (document.readyState === 'complete') void checkOffline();
  else addEventListener('load', () => void checkOffline(), { once: true });
}

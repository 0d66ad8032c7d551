// First bundle: a lazily loaded file (the map) gone because the open page is older than the server's files.

/** sessionStorage key: when we last reloaded because a lazily loaded file had vanished with an old version. */
const CHUNK_RELOAD_KEY = 'bri-reader:chunk-reload';
/** A second vanished file this soon after such a reload is not fixed by reloading again. */
const LOOP_MS = 60_000;

/**
 * Vite fires `vite:preloadError` when a lazily loaded file is gone: reload once to get the new version —
 * unless the reader is writing, then `onWriting` asks instead. The sessionStorage stamp stops a reload loop if
 * the file is missing for another reason.
 */
export function reloadOnStaleChunk(isWriting: () => boolean, onWriting: () => void): void {
  addEventListener('vite:preloadError', (event) => {
    let last = 0;
    try {
      last = Number(sessionStorage.getItem(CHUNK_RELOAD_KEY) ?? 0);
    } catch {
      // No sessionStorage: never reload automatically.
      last = Date.now();
    }
    if (Date.now() - last < LOOP_MS) return;
    event.preventDefault();
    if (isWriting()) {
      onWriting();
      return;
    }
    try {
      sessionStorage.setItem(CHUNK_RELOAD_KEY, String(Date.now()));
    } catch {
      // Storage full: reload without the stamp; the reader still gets the new version.
    }
    location.reload();
  });
}

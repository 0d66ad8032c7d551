// First bundle (and the service worker): every page↔worker message, listed once. No DOM or worker types here,
// so both tsconfigs compile it. Three plain verbs, upper case like workbox-window's own SKIP_WAITING.

/**
 * Page → active worker: "is everything stored?", with the photo variants this device shows. The worker stores
 * again whatever it can of its precache and those photos, then replies on the message's port with a
 * `CheckResult`. The page never sees a cache key.
 */
export const CHECK = 'CHECK';
/** Page → waiting worker: "take over now", sent only when the reader presses Reload (workbox-window's name). */
export const SKIP_WAITING = 'SKIP_WAITING';
/** Worker → pages: one more precache entry is stored (or was already) while the worker installs. */
export const PROGRESS = 'PROGRESS';

export interface Check {
  type: typeof CHECK;
  /** Absolute URLs of the photo variants this device shows (src/offline/photos.ts). */
  photos: string[];
}

export type PageMessage = Check | { type: typeof SKIP_WAITING };

/** The worker's answer to CHECK, after it stored again what it could. */
export interface CheckResult {
  /** URLs still not stored (precached files and photos alike), as the page asked for or the build listed them. */
  missing: string[];
  /** How many responses were checked: the precache plus the photos. */
  total: number;
}

export interface Progress {
  type: typeof PROGRESS;
  done: number;
  total: number;
}

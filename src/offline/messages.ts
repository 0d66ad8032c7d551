// First bundle (and the service worker): the page↔worker message names, listed once. No DOM or worker types
// here, so both tsconfigs compile it.

/** Page → worker: "send me what you precache"; replied to on the message's port with a `Listing`. */
export const LIST = 'list';
/** Page → waiting worker: "take over now" — sent only when the reader presses Reload. */
export const SKIP_WAITING = 'skip-waiting';
/**
 * Page → active worker: "store again whatever of your precache is gone" (the browser may evict entries while
 * this worker stays active, and only a new version would otherwise fetch them). Replied to with the count stored.
 */
export const REPAIR = 'repair';
/** Worker → pages: one more precache entry is stored (or was already). */
export const PROGRESS = 'progress';

export type PageMessage = { type: typeof LIST } | { type: typeof SKIP_WAITING } | { type: typeof REPAIR };

export interface Progress {
  type: typeof PROGRESS;
  done: number;
  total: number;
}

/** The worker's answer to LIST. */
export interface Listing {
  /** Cache keys of every precached response, as `caches.match` finds them (revisioned URLs keep their query). */
  keys: string[];
}

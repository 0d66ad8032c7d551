// First bundle: the offline machinery's state, read by the components in this folder.
import { createStore } from '../shared/store.ts';

type Phase =
  /** Not started yet, or waiting for `load`. */
  | 'idle'
  /** No service worker in this browser (or blocked): nothing can be stored. */
  | 'unsupported'
  /** Storing: `done` of `total` responses are in the caches. */
  | 'saving'
  /** Every needed response was found in the caches, just now. */
  | 'ready'
  /** Something needed is not stored; `missing` lists it and Retry tries again. */
  | 'missing'
  /** This build retires the service worker (VITE_RETIRE_SW); nothing is stored. */
  | 'retired';

type Update =
  | 'none'
  /** A new version is installed and waits for the reader's Reload. */
  | 'waiting'
  /** The reader pressed Reload: the page reloads once the new version controls it. */
  | 'reloading'
  /** Another tab switched to the new version; this tab runs old code until it reloads. */
  | 'elsewhere'
  /** A part of the app was removed by a newer version (vite:preloadError) while the reader was writing. */
  | 'stale';

export interface OfflineState {
  phase: Phase;
  done: number;
  total: number;
  /** URLs the worker found absent and could not store again, when phase is 'missing'. */
  missing: string[];
  update: Update;
  /** The app is open as an installed app (display-mode standalone) or was just installed. */
  installed: boolean;
  /** Chromium's deferred install prompt, when the browser offers one. */
  canInstall: boolean;
}

const store = createStore<OfflineState>({
  phase: 'idle',
  done: 0,
  total: 0,
  missing: [],
  update: 'none',
  installed: false,
  canInstall: false,
});

/** The current offline state (for code outside components). */
export const getOffline = store.get;

/** Merges a change into the offline state and re-renders the components that read it. */
export const setOffline = store.set;

/** A component hook: the selected part of the offline state, re-rendered when it changes. */
export const useOffline = store.use;

/**
 * What this app stores on the device, decided in one place:
 * - the precache: every file the build lists (shell, article, scripts, styles, map code and data, icons,
 *   manifest; photos excluded, see src/build/pwa.ts), installed before the worker takes over;
 * - `photos`: only the photo variants this device actually shows, stored when they are first shown;
 * - `map-tiles`: only online map tiles the reader viewed (the online layer is off by default), never prefetched.
 * Anything else (IndexedDB, localStorage: the reader's highlights and settings) is never touched by the worker.
 */
import type { PrecacheEntry } from 'workbox-precaching';

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: Array<PrecacheEntry | string> };

export const PHOTO_CACHE = 'photos';
export const TILE_CACHE = 'map-tiles';
/** Workbox's precache caches all start with this (`workbox-precache-v2-<scope>`). */
const PRECACHE_PREFIX = 'workbox-precache';

/** The build's precache list. Read in a function so a retiring worker, built without a list, never reads it. */
export function precacheList(): Array<PrecacheEntry | string> {
  return self.__WB_MANIFEST;
}

/** Photo variants are content-hashed, so a stored one never goes stale; the cap only bounds old releases' photos. */
export const PHOTO_MAX_ENTRIES = 32;
/** Tiles: enough for the places in the article at a few zoom levels, kept a month (≥ 7 days asked). */
export const TILE_MAX_ENTRIES = 500;
export const TILE_MAX_AGE_SECONDS = 30 * 24 * 60 * 60;

/** Caches this app created; the only ones a cleanup or a retiring worker may delete. */
export function isOwnCache(name: string): boolean {
  return name.startsWith(PRECACHE_PREFIX) || name === PHOTO_CACHE || name === TILE_CACHE;
}

/** A photo variant: /assets/photos/<id>-<hash>-<width>.<avif|webp|jpg> on our own origin. */
export function isPhoto(url: URL, origin: string): boolean {
  return url.origin === origin && url.pathname.startsWith('/assets/photos/');
}

/** The parts of a photo variant's file name, or undefined if it is not one. */
export function photoVariant(pathname: string): { stem: string; width: number; ext: string } | undefined {
  const m = /\/assets\/photos\/(.+)-(\d+)\.(avif|webp|jpg)$/.exec(pathname);
  if (!m) return undefined;
  return { stem: m[1] as string, width: Number(m[2]), ext: m[3] as string };
}

/**
 * Navigations that do NOT get the app: files opened directly (anything whose last path segment has an
 * extension other than .html). Every other in-scope path gets index.html from the precache, online or off,
 * so /some/deep/path opened offline still shows the article. Matched against pathname + search.
 */
export const NOT_APP_NAVIGATIONS: RegExp[] = [/^[^?]*\/[^/?]+\.(?!html?(?:\?|$))[a-z0-9]+(?:\?.*)?$/i];

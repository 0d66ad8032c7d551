/**
 * The worker's answer to the page's CHECK: "is everything this device needs offline stored?". Browsers may
 * evict stored responses under storage pressure while the same worker stays active, and Workbox fetches its
 * precache only when a worker installs; so the check first stores again whatever it can, then answers with what
 * is still missing. The page sends the photo variants it shows and learns only URLs, never a cache key.
 */
import type { CheckResult } from '../offline/messages.ts';
import { isPhoto } from './to-cache.ts';

/** What a check looks at: the precache as Workbox keeps it, and the way the photo route stores a photo. */
export interface Stores {
  /** Every precached URL and the cache key Workbox keeps it under (revisioned URLs carry their revision). */
  precache: ReadonlyMap<string, string>;
  /** The cache that holds the precache. */
  precacheName: string;
  /** Stores one photo variant as the photo route does (CacheFirst into `photos`, 200 responses only). */
  storePhoto(url: string): Promise<unknown>;
  /** This worker's origin: only our own photo variants are ever fetched on a page's say-so. */
  origin: string;
}

/** Stores again what is missing and can be fetched now, and returns what is still missing. */
export async function check(photos: readonly string[], stores: Stores): Promise<CheckResult> {
  const precache = await caches.open(stores.precacheName);
  const entries = [...stores.precache];
  const present = await Promise.all(entries.map(([, key]) => precache.match(key).then(Boolean, () => false)));
  const missing: string[] = [];
  // One file at a time: on a poor link, parallel downloads only make each other time out.
  for (const [i, [url, key]] of entries.entries()) {
    if (!present[i] && !(await storeAgain(precache, url, key))) missing.push(url);
  }
  const photosStored = await Promise.all(photos.map((url) => photoStored(url, stores)));
  missing.push(...photos.filter((_, i) => !photosStored[i]));
  return { missing, total: entries.length + photos.length };
}

/** Fetches a precached file again, past the HTTP cache, and stores it under its precache key. */
async function storeAgain(cache: Cache, url: string, key: string): Promise<boolean> {
  try {
    const response = await fetch(url, { cache: 'reload' });
    if (!response.ok) return false;
    await cache.put(key, response);
    return true;
  } catch {
    // No signal yet: the file stays missing, and the page names it.
    return false;
  }
}

async function photoStored(url: string, stores: Stores): Promise<boolean> {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  // Anything but our own photo variant is reported missing, never fetched.
  if (!isPhoto(parsed, stores.origin)) return false;
  if (await caches.match(url)) return true;
  // A failed fetch (no signal, a 503) leaves the photo missing, for the page to name.
  await stores.storePhoto(url).catch(() => undefined);
  return Boolean(await caches.match(url));
}

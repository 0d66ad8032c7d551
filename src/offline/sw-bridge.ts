// First bundle: the one page-side module that talks to the service worker — registration, progress, update,
// skip-waiting — and the check behind "Available offline". Message names: ./messages.ts.
import { messageSW, Workbox } from 'workbox-window';
import { LIST, type Listing, PROGRESS, type Progress, REPAIR, SKIP_WAITING } from './messages.ts';
import { getOffline, setOffline } from './state.ts';

const SW_URL = '/sw.js';
/** sessionStorage key: when we last reloaded because a lazily loaded file had vanished with an old version. */
const CHUNK_RELOAD_KEY = 'bri-reader:chunk-reload';
const HOUR = 60 * 60 * 1000;

export interface OfflineOptions {
  /** True while the reader is typing a note: then nothing reloads, not even to fetch a vanished file. */
  isWriting?: () => boolean;
}

let options: OfflineOptions = {};
let wb: Workbox | undefined;
let listing: Listing | undefined;
/** Each save() run gets a number; an older run's late answer must not overwrite a newer one's. */
let runs = 0;
let autoRetries = 0;
let reloadAsked = false;
let lastUpdateCheck = 0;

/** Call once at startup: registers the worker after `load` (never delaying first paint) and keeps status. */
export function startOffline(startOptions: OfflineOptions = {}): void {
  options = startOptions;
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
  addEventListener('vite:preloadError', onPreloadError);
  const sw = navigator.serviceWorker;
  sw.addEventListener('message', onMessage);
  sw.addEventListener('controllerchange', onControllerChange);
  sw.startMessages();
  // A minute of signal is often all a reader gets: use it to finish saving, or to look for a new version.
  addEventListener('online', () => (getOffline().phase === 'missing' ? void save() : checkForUpdate()));
  document.addEventListener('visibilitychange', () => document.visibilityState === 'visible' && checkForUpdate());
  const begin = () => void save();
  if (document.readyState === 'complete') begin();
  else addEventListener('load', begin, { once: true });
}

/** The reader's Retry: registers again (a failed first install leaves no worker) and re-checks everything. */
export function retry(): void {
  autoRetries = 0;
  void save();
}

/** The reader's Reload: lets the waiting version take over, then reloads once it controls this page. */
export async function applyUpdate(): Promise<void> {
  const waiting = (await navigator.serviceWorker.getRegistration())?.waiting;
  if (!waiting || getOffline().update !== 'waiting') return location.reload();
  reloadAsked = true;
  void messageSW(waiting, { type: SKIP_WAITING });
  // The reader asked for a reload: if the new worker never takes over (it was replaced meanwhile), reload anyway.
  setTimeout(() => reloadAsked && location.reload(), 5000);
}

async function save(): Promise<void> {
  const run = ++runs;
  setOffline({ phase: 'saving', missing: [] });
  let registration: ServiceWorkerRegistration | undefined;
  try {
    if (!wb) {
      wb = new Workbox(SW_URL, { scope: '/' });
      wb.addEventListener('waiting', () => setOffline({ update: 'waiting' }));
      registration = await wb.register({ immediate: true });
    } else {
      registration = await navigator.serviceWorker.register(SW_URL, { scope: '/' });
    }
  } catch {
    // Offline, or the worker script failed to download: an existing worker still serves and can be checked.
    registration = await navigator.serviceWorker.getRegistration().catch(() => undefined);
  }
  if (run !== runs) return;
  if (!registration) return report(run, [SW_URL]);
  watchUpdates(registration);
  const installing = registration.active ? null : (registration.installing ?? registration.waiting);
  if (installing) {
    // Ask the installing worker for its list now: if the install fails, this is how we name what is missing.
    listing = (await ask(installing)) ?? listing;
    if (await settled(installing)) await controlled(3000);
  }
  if (run === runs) await verify(run);
}

/** Checks every needed response in the caches, storing this device's photo variants on the way. */
async function verify(run: number): Promise<void> {
  const controller = navigator.serviceWorker.controller;
  if (controller) listing = (await ask(controller)) ?? listing;
  if (!listing) return report(run, [SW_URL]);
  // An active worker keeps serving after the browser evicted some of its files; it stores them again on request.
  if (controller && (await absent(listing.keys)).length) await repair(controller);
  const photos = await storePhotos(Boolean(controller));
  if (run !== runs) return;
  report(run, await absent([...listing.keys, ...photos]), listing.keys.length + photos.length);
}

function report(run: number, missing: string[], total = missing.length): void {
  if (run !== runs) return;
  setOffline({ phase: missing.length ? 'missing' : 'ready', missing, done: total - missing.length, total });
  if (missing.length && navigator.onLine && autoRetries < 2) {
    autoRetries++;
    setTimeout(() => run === runs && void save(), 3000 * autoRetries);
  }
}

async function absent(urls: string[]): Promise<string[]> {
  const found = await Promise.all(urls.map((url) => caches.match(url).catch(() => undefined)));
  return urls.filter((_, i) => !found[i]);
}

/**
 * The photo variant this device shows for each figure — the `<source>` and width the browser picks for this
 * viewport, pixel ratio and format support — stored through the worker (CacheFirst into `photos`) when the
 * page is controlled. A detached copy of each `<picture>` with an eager `<img>` makes the browser pick now
 * rather than when the reader scrolls to it; `currentSrc` then names the pick. Other variants are never
 * downloaded.
 */
async function storePhotos(controlled: boolean): Promise<string[]> {
  const pictures = [...document.querySelectorAll<HTMLPictureElement>('main picture')].filter((p) =>
    p.querySelector('img[src]'),
  );
  return Promise.all(
    pictures.map(async (picture) => {
      const src = await shownSource(picture);
      if (controlled && !(await caches.match(src))) await fetch(src).catch(() => undefined);
      return src;
    }),
  );
}

function shownSource(picture: HTMLPictureElement): Promise<string> {
  const original = picture.querySelector('img');
  const copy = document.createElement('picture');
  for (const source of picture.querySelectorAll('source')) copy.append(source.cloneNode());
  const img = document.createElement('img');
  img.loading = 'eager';
  img.decoding = 'async';
  copy.append(img);
  for (const name of ['sizes', 'srcset', 'src']) {
    const value = original?.getAttribute(name);
    if (value != null) img.setAttribute(name, value);
  }
  // Without a pick (the image failed before one was made) fall back to the plain src: a URL that is then
  // checked like any other, so a failure shows as missing rather than as a false "Available offline".
  return new Promise((resolve) => {
    const done = () => resolve(img.currentSrc || original?.src || location.href);
    img.addEventListener('load', done, { once: true });
    img.addEventListener('error', done, { once: true });
    // A link that stalls without failing must not hold the status forever.
    setTimeout(done, 30_000);
  });
}

function ask(sw: ServiceWorker): Promise<Listing | undefined> {
  const timeout = new Promise<undefined>((resolve) => setTimeout(resolve, 5000));
  return Promise.race([messageSW(sw, { type: LIST }) as Promise<Listing>, timeout]).catch(() => undefined);
}

function repair(sw: ServiceWorker): Promise<unknown> {
  const timeout = new Promise((resolve) => setTimeout(resolve, 60_000));
  return Promise.race([messageSW(sw, { type: REPAIR }), timeout]).catch(() => undefined);
}

/** Resolves true once the worker is active, false if its install failed. */
function settled(sw: ServiceWorker): Promise<boolean> {
  return new Promise((resolve) => {
    const check = () => (sw.state === 'activated' || sw.state === 'redundant') && resolve(sw.state === 'activated');
    sw.addEventListener('statechange', check);
    check();
  });
}

function controlled(ms: number): Promise<void> {
  return new Promise((resolve) => {
    if (navigator.serviceWorker.controller) return resolve();
    navigator.serviceWorker.addEventListener('controllerchange', () => resolve(), { once: true });
    setTimeout(resolve, ms);
  });
}

/** Notices a new version waiting, found now or later (`update()` on signal, or the browser's own check). */
function watchUpdates(registration: ServiceWorkerRegistration): void {
  const check = () => {
    if (registration.waiting && navigator.serviceWorker.controller) setOffline({ update: 'waiting' });
  };
  check();
  registration.addEventListener('updatefound', () => registration.installing?.addEventListener('statechange', check));
}

function checkForUpdate(): void {
  if (!navigator.onLine || Date.now() - lastUpdateCheck < HOUR) return;
  lastUpdateCheck = Date.now();
  void navigator.serviceWorker
    .getRegistration()
    .then((r) => r?.update())
    .catch(() => undefined);
}

function onMessage(event: MessageEvent): void {
  const data = event.data as Progress | undefined;
  if (data?.type !== PROGRESS || getOffline().phase !== 'saving') return;
  // Photos are stored after the install; count them into M from the start so N of M never jumps back.
  const photos = document.querySelectorAll('main picture img[src]').length;
  setOffline({ done: data.done, total: data.total + photos });
}

function onControllerChange(): void {
  if (reloadAsked) {
    reloadAsked = false;
    location.reload();
  } else if (getOffline().phase !== 'saving' && getOffline().phase !== 'idle') {
    // Not the first install's claim: another tab took the new version. Offer Reload; never reload unasked.
    setOffline({ update: 'elsewhere' });
  }
}

/**
 * Vite fires this when a lazily loaded file (the map) is gone: the open page is older than the server's
 * files. Reload once to get the new version — unless the reader is writing, then ask instead. The
 * sessionStorage stamp stops a reload loop if the file is missing for another reason.
 */
function onPreloadError(event: Event): void {
  let last = 0;
  try {
    last = Number(sessionStorage.getItem(CHUNK_RELOAD_KEY) ?? 0);
  } catch {
    // No sessionStorage: never reload automatically.
    last = Date.now();
  }
  if (Date.now() - last < 60_000) return;
  event.preventDefault();
  if (options.isWriting?.()) {
    setOffline({ update: 'stale' });
    return;
  }
  try {
    sessionStorage.setItem(CHUNK_RELOAD_KEY, String(Date.now()));
  } catch {}
  location.reload();
}

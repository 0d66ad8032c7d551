// First bundle: the worker's lifecycle, owned by the page's one workbox-window `Workbox` instance: registering,
// a new version `waiting`, `controlling`, `messageSkipWaiting()` on the reader's Reload, `update()`.
import { Workbox } from 'workbox-window';
import { getOffline, setOffline } from './state.ts';

/** The worker's URL never changes between releases: browsers look for updates at the same address. */
export const SW_URL = '/sw.js';
const HOUR = 60 * 60 * 1000;
/** How long Reload waits for the new version to take over before reloading anyway. */
const TAKEOVER_MS = 5000;
/** How long a first install's claim may take before the check goes on without it. */
const CLAIM_MS = 3000;

/** The page's one Workbox instance, made by the first `activeWorker()` call. */
let wb: Workbox | undefined;

/**
 * The active worker, once an install under way has settled (undefined when there is none: the worker script
 * never downloaded). Registers on the first call; see `registration()` for later calls.
 */
export async function activeWorker(): Promise<ServiceWorker | undefined> {
  const registered = await registration();
  if (!registered) return undefined;
  const installing = registered.active ? null : (registered.installing ?? registered.waiting);
  // A first install claims this page when it activates; the check waits for that, briefly.
  if (installing && (await settled(installing))) await controlled();
  return registered.active ?? undefined;
}

/** The reader's Reload: the waiting version takes over, and this page reloads once it controls it. */
export function applyUpdate(): void {
  if (!wb || getOffline().update !== 'waiting') {
    location.reload();
    return;
  }
  setOffline({ update: 'reloading' });
  wb.messageSkipWaiting();
  // The reader asked for a reload: if the new worker never takes over (it was replaced meanwhile), reload anyway.
  setTimeout(() => getOffline().update === 'reloading' && location.reload(), TAKEOVER_MS);
}

/** Returns a look for a new version of the worker that runs at most once an hour, and only online. */
export function hourlyUpdate(): () => void {
  let last = 0;
  return () => {
    if (!wb || !navigator.onLine || Date.now() - last < HOUR) return;
    last = Date.now();
    void wb.update().catch(() => undefined);
  };
}

/**
 * The first call makes the Workbox instance and registers. Later calls (Retry) register it again only when the
 * browser holds no registration at all — the worker script never downloaded, so the instance registered nothing.
 */
async function registration(): Promise<ServiceWorkerRegistration | undefined> {
  const existing = wb && (await navigator.serviceWorker.getRegistration().catch(() => undefined));
  if (existing) return existing;
  wb ??= createWorkbox();
  try {
    const registered = await wb.register({ immediate: true });
    if (registered) watchInstalling(registered);
    return registered;
  } catch {
    // Offline, or the worker script failed to download: an existing worker still serves and can be checked.
    return navigator.serviceWorker.getRegistration().catch(() => undefined);
  }
}

function createWorkbox(): Workbox {
  const created = new Workbox(SW_URL, { scope: '/' });
  created.addEventListener('waiting', () => setOffline({ update: 'waiting' }));
  created.addEventListener('controlling', (event) => {
    const { update, phase } = getOffline();
    if (update === 'reloading') location.reload();
    // Not the first install's claim: another tab (or a retiring worker) took over. Offer Reload; never reload
    // unasked. `isUpdate`: this page was already controlled when it registered.
    else if (event.isUpdate || (phase !== 'saving' && phase !== 'idle')) setOffline({ update: 'elsewhere' });
  });
  return created;
}

/**
 * workbox-window reports a version that starts installing after `register()`, and one already waiting then;
 * one that the browser's own navigation check found and is still installing falls between the two.
 */
function watchInstalling(registration: ServiceWorkerRegistration): void {
  const installing = registration.installing;
  if (!installing || !registration.active) return;
  installing.addEventListener('statechange', () => {
    if (registration.waiting === installing) setOffline({ update: 'waiting' });
  });
}

/** Resolves true once the worker is active, false if its install failed. */
function settled(sw: ServiceWorker): Promise<boolean> {
  return new Promise((resolve) => {
    const check = () => (sw.state === 'activated' || sw.state === 'redundant') && resolve(sw.state === 'activated');
    sw.addEventListener('statechange', check);
    check();
  });
}

function controlled(): Promise<void> {
  return new Promise((resolve) => {
    if (navigator.serviceWorker.controller) return resolve();
    navigator.serviceWorker.addEventListener('controllerchange', () => resolve(), { once: true });
    setTimeout(resolve, CLAIM_MS);
  });
}

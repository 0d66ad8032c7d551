// First bundle: the check behind "Available offline". One CHECK to the active worker, carrying the photo
// variants this device shows; the worker stores again what it can and answers with what is still missing.
import { messageSW } from 'workbox-window';
import { activeWorker, SW_URL } from './lifecycle.ts';
import { CHECK, type Check, type CheckResult, PROGRESS, type Progress } from './messages.ts';
import { photoCount, shownPhotos } from './photos.ts';
import { getOffline, setOffline } from './state.ts';

/** Storing many files again over a poor link takes a while; past this the page stops waiting for the answer. */
const ANSWER_MS = 120_000;
/** While the browser says it is online, a failed check tries again by itself this often, a few seconds apart. */
const AUTO_RETRIES = 2;
const RETRY_DELAY_MS = 3000;

/**
 * Saves for offline and says whether everything is stored: registers the worker if needed, waits for its
 * install, picks this device's photo variants and asks the worker. A check marks 'saving' at once and does
 * not start while another one runs, so an older answer never overwrites a newer one.
 */
export async function checkOffline(attempt = 0): Promise<void> {
  if (getOffline().phase === 'saving') return;
  setOffline({ phase: 'saving', missing: [] });
  const worker = await activeWorker();
  const result = worker && (await ask(worker, await shownPhotos()));
  // No worker, or no answer: nothing can be vouched for ("Not saved for offline yet").
  const { missing, total } = result ?? { missing: [SW_URL], total: 1 };
  setOffline({ phase: missing.length ? 'missing' : 'ready', missing, done: total - missing.length, total });
  if (missing.length && navigator.onLine && attempt < AUTO_RETRIES) {
    const next = attempt + 1;
    setTimeout(() => getOffline().phase === 'missing' && void checkOffline(next), RETRY_DELAY_MS * next);
  }
}

/** The reader's Retry: registers again if nothing is registered, and checks (and stores) everything again. */
export function retry(): void {
  void checkOffline();
}

/** Shows the worker's install progress ("Saving for offline… N of M") while a check waits for the install. */
export function watchProgress(): void {
  const sw = navigator.serviceWorker;
  sw.addEventListener('message', (event: MessageEvent) => {
    const data = event.data as Progress | undefined;
    if (data?.type !== PROGRESS || getOffline().phase !== 'saving') return;
    // Photos are stored after the install; count them into M from the start so N of M never jumps back.
    setOffline({ done: data.done, total: data.total + photoCount() });
  });
  // Progress is posted before `DOMContentLoaded` may have started the message queue on its own.
  sw.startMessages();
}

function ask(worker: ServiceWorker, photos: string[]): Promise<CheckResult | undefined> {
  const message: Check = { type: CHECK, photos };
  const timeout = new Promise<undefined>((resolve) => setTimeout(resolve, ANSWER_MS));
  return Promise.race([messageSW(worker, message) as Promise<CheckResult>, timeout]).catch(() => undefined);
}

// First bundle: the one place that turns storage failures into words for the reader. Storage owns its
// connection (src/storage/db.ts); the controllers call its verbs through `attempt`, so no controller handles a
// database handle or repeats the error handling.
import { connection, onConnectionLost } from '../../storage/db.ts';
import {
  StorageBlockedError,
  StorageFullError,
  StorageOutdatedError,
  StorageUnavailableError,
  StorageUpgradeError,
} from '../../storage/errors.ts';
import { getState, notify, setState } from '../store.ts';

const TEXT = {
  lost: 'A newer version of the reader is open in another tab. Reload this tab to keep saving.',
  reload: 'Reload',
  noStart: 'Saving on this device failed to start. Reading works; highlights cannot be saved right now.',
  cannotSave: 'Highlights cannot be saved',
  saveFailed: 'Saving failed, so nothing was changed',
  unreadable: (what: string, why: string) => `${what} could not be read (${why}). Everything else works.`,
} as const;

onConnectionLost(() => notify({ kind: 'alert', text: TEXT.lost }));

/**
 * Whether saving works on this device. Opens the database on first use; when it cannot, marks storage
 * unavailable and tells the reader why (reading goes on). A later call tries again.
 */
export async function storageReady(): Promise<boolean> {
  try {
    await connection();
    if (getState().storage !== 'ready') setState({ storage: 'ready', storageProblem: '' });
    return true;
  } catch (error) {
    if (error instanceof StorageOutdatedError) {
      // A newer version already upgraded the data in another tab: this page is the stale one.
      setState({ storage: 'unavailable', storageProblem: error.message });
      notify({ kind: 'alert', text: error.message, action: { label: TEXT.reload, run: () => location.reload() } });
      return false;
    }
    const text =
      error instanceof StorageUnavailableError ||
      error instanceof StorageBlockedError ||
      error instanceof StorageUpgradeError
        ? error.message
        : TEXT.noStart;
    setState({ storage: 'unavailable', storageProblem: `${TEXT.cannotSave}: ${text}` });
    notify({ kind: 'alert', text: `${TEXT.cannotSave}. ${text}` });
    return false;
  }
}

/** Tells the reader a save failed and why; nothing was half-written (the stores write in one transaction). */
function reportWriteError(error: unknown): void {
  const text =
    error instanceof StorageFullError
      ? error.message
      : `${TEXT.saveFailed}: ${(error as Error | undefined)?.message ?? String(error)}`;
  notify({ kind: 'alert', text });
}

/** What `attempt` gives back: the action's result, or `ok: false` once the reader has been told why it failed. */
export type Attempt<T> = { ok: true; value: T } | { ok: false };

/**
 * Runs a storage action. When the database cannot open, or the action fails, the reader is told why (once, here)
 * and `{ ok: false }` comes back; the caller only undoes what it already showed.
 */
export async function attempt<T>(action: () => Promise<T>): Promise<Attempt<T>> {
  if (!(await storageReady())) return { ok: false };
  try {
    return { ok: true, value: await action() };
  } catch (error) {
    reportWriteError(error);
    return { ok: false };
  }
}

/**
 * Runs a storage read. When it fails the reader is told what could not be read and `undefined` comes back, so
 * one failed read never stops the others or what follows them (restoring the place, following other tabs).
 */
export async function load<T>(what: string, read: () => Promise<T>): Promise<T | undefined> {
  if (!(await storageReady())) return undefined;
  try {
    return await read();
  } catch (error) {
    notify({ kind: 'alert', text: TEXT.unreadable(what, (error as Error | undefined)?.message ?? String(error)) });
    return undefined;
  }
}

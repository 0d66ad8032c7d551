// First bundle: the one place that turns storage failures into words for the reader. Storage owns its
// connection (src/storage/db.ts); the controllers call its verbs through `attempt`, so no controller handles a
// database handle or repeats the error handling.
import { readerText as t } from '../../i18n/text/reader.ts';
import { connection, onConnectionLost } from '../../storage/db.ts';
import {
  StorageBlockedError,
  StorageFullError,
  StorageOutdatedError,
  StorageUnavailableError,
  StorageUpgradeError,
} from '../../storage/errors.ts';
import { getState, notify, setState } from '../store.ts';

/**
 * Why saving cannot start, in the reader's language: the storage errors (src/storage/errors.ts) are worded
 * for the reader, from the catalogue, so their message is the reason; anything else gets a general one.
 */
function whyNoStart(error: unknown): string {
  const known = [StorageUnavailableError, StorageBlockedError, StorageUpgradeError].some((e) => error instanceof e);
  return known ? (error as Error).message : t('noStart');
}

onConnectionLost(() => notify({ kind: 'alert', text: t('newerTab') }));

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
      const text = error.message;
      setState({ storage: 'unavailable', storageProblem: text });
      notify({ kind: 'alert', text, action: { label: t('reload'), run: () => location.reload() } });
      return false;
    }
    const why = whyNoStart(error);
    setState({ storage: 'unavailable', storageProblem: t('cannotSave', { why }) });
    notify({ kind: 'alert', text: t('cannotSaveAlert', { why }) });
    return false;
  }
}

/** Tells the reader a save failed and why; nothing was half-written (the stores write in one transaction). */
function reportWriteError(error: unknown): void {
  const text =
    error instanceof StorageFullError
      ? error.message
      : t('saveFailed', { why: (error as Error | undefined)?.message ?? String(error) });
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
    notify({
      kind: 'alert',
      text: t('unreadable', { what, why: (error as Error | undefined)?.message ?? String(error) }),
    });
    return undefined;
  }
}

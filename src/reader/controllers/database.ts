// First bundle: opens the database once, lazily, and turns storage failures into words for the reader.
import { openAppDb, type AppDb } from '../../storage/db';
import {
  StorageBlockedError,
  StorageFullError,
  StorageOutdatedError,
  StorageUnavailableError,
} from '../../storage/errors';
import { notify, setState } from '../store';

let opening: Promise<AppDb | null> | undefined;

/** The open database, or null when this browser cannot save (the reader is told once, reading goes on). */
export function db(): Promise<AppDb | null> {
  opening ??= openAppDb({
    onClose: () => {
      opening = undefined;
      notify({
        kind: 'alert',
        text: 'A newer version of the reader is open in another tab. Reload this tab to keep saving.',
      });
    },
  }).then(
    (handle) => {
      setState({ storage: 'ready', storageProblem: '' });
      return handle;
    },
    (error: unknown) => {
      opening = undefined;
      if (error instanceof StorageOutdatedError) {
        // A newer version already upgraded the data in another tab: this page is the stale one.
        setState({ storage: 'unavailable', storageProblem: error.message });
        notify({ kind: 'alert', text: error.message, action: { label: 'Reload', run: () => location.reload() } });
        return null;
      }
      const text =
        error instanceof StorageUnavailableError || error instanceof StorageBlockedError
          ? error.message
          : 'Saving on this device failed to start. Reading works; highlights cannot be saved right now.';
      setState({ storage: 'unavailable', storageProblem: `Highlights cannot be saved: ${text}` });
      notify({ kind: 'alert', text: `Highlights cannot be saved. ${text}` });
      return null;
    },
  );
  return opening;
}

/** Tells the reader a save failed and why; nothing was half-written (the stores write in one transaction). */
export function reportWriteError(error: unknown): void {
  const text =
    error instanceof StorageFullError
      ? error.message
      : `Saving failed, so nothing was changed: ${(error as Error | undefined)?.message ?? String(error)}`;
  notify({ kind: 'alert', text });
}

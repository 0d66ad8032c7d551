// First bundle: imported by every storage module. The messages are written for the reader (the reader's notices
// show them), in the interface language: an error is made after the page's words loaded (src/i18n/runtime.ts).
import { offlineText as t } from '../i18n/text/offline.ts';

/** IndexedDB is missing or refuses to open (some private modes, storage disabled); reading still works, saving does not. */
export class StorageUnavailableError extends Error {
  override readonly name = 'StorageUnavailableError';
  constructor(options?: ErrorOptions) {
    super(t('storageUnavailable'), options);
  }
}

/** Another tab still runs an older version of the app and holds the database open, so it cannot be upgraded. */
export class StorageBlockedError extends Error {
  override readonly name = 'StorageBlockedError';
  constructor() {
    super(t('storageBlocked'));
  }
}

/** The saved data was written by a newer version of the app (another tab updated); this tab must reload. */
export class StorageOutdatedError extends Error {
  override readonly name = 'StorageOutdatedError';
  constructor(options?: ErrorOptions) {
    super(t('storageOutdated'), options);
  }
}

/** A migration failed: the upgrade was rolled back, the saved data is as it was; `cause` is the migration's error. */
export class StorageUpgradeError extends Error {
  override readonly name = 'StorageUpgradeError';
  constructor(options?: ErrorOptions) {
    super(t('storageUpgrade'), options);
  }
}

/** The device has no room left for this write; nothing of it was saved. */
export class StorageFullError extends Error {
  override readonly name = 'StorageFullError';
  constructor(options?: ErrorOptions) {
    super(t('storageFull'), options);
  }
}

/** Maps a quota failure (thrown by a put, or reported as the transaction's abort reason) to StorageFullError. */
export function toStorageError(error: unknown, tx?: { readonly error: DOMException | null }): unknown {
  const quota = 'QuotaExceededError';
  return (error as Error | undefined)?.name === quota || tx?.error?.name === quota
    ? new StorageFullError({ cause: error })
    : error;
}

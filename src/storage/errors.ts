// First bundle: imported by every storage module.

/** IndexedDB is missing or refuses to open (some private modes, storage disabled); reading still works, saving does not. */
export class StorageUnavailableError extends Error {
  override readonly name = 'StorageUnavailableError';
  constructor(options?: ErrorOptions) {
    super(
      'This browser does not let the reader save anything on this device (private mode or storage turned off).',
      options,
    );
  }
}

/** Another tab still runs an older version of the app and holds the database open, so it cannot be upgraded. */
export class StorageBlockedError extends Error {
  override readonly name = 'StorageBlockedError';
  constructor() {
    super('The reader is open in another tab with an older version. Close or reload that tab to keep saving.');
  }
}

/** The saved data was written by a newer version of the app (another tab updated); this tab must reload. */
export class StorageOutdatedError extends Error {
  override readonly name = 'StorageOutdatedError';
  constructor(options?: ErrorOptions) {
    super('A newer version of the reader has updated your saved data. Reload this page to keep saving.', options);
  }
}

/** A migration failed: the upgrade was rolled back, the saved data is as it was; `cause` is the migration's error. */
export class StorageUpgradeError extends Error {
  override readonly name = 'StorageUpgradeError';
  constructor(options?: ErrorOptions) {
    super(
      'Your saved highlights could not be updated for this version of the reader. They are unchanged; saving is off for now.',
      options,
    );
  }
}

/** The device has no room left for this write; nothing of it was saved. */
export class StorageFullError extends Error {
  override readonly name = 'StorageFullError';
  constructor(options?: ErrorOptions) {
    super('This device is out of storage space, so this change was not saved. Free some space and try again.', options);
  }
}

/** Maps a quota failure (thrown by a put, or reported as the transaction's abort reason) to StorageFullError. */
export function toStorageError(error: unknown, tx?: { readonly error: DOMException | null }): unknown {
  const quota = 'QuotaExceededError';
  return (error as Error | undefined)?.name === quota || tx?.error?.name === quota
    ? new StorageFullError({ cause: error })
    : error;
}

// First bundle: every page load opens the database (after the article is already readable).
import { type DBSchema, type IDBPDatabase, type IDBPTransaction, openDB, type StoreNames } from 'idb';
import type { Bookmark, Highlight, ReadingPosition, Settings, Tombstone } from '../shared/types.ts';
import {
  StorageBlockedError,
  StorageOutdatedError,
  StorageUnavailableError,
  StorageUpgradeError,
  toStorageError,
} from './errors.ts';

export const DB_NAME = 'bri-reader';

/** The current schema. Older shapes live only in `migrations` and in tests/fixtures/db/. */
export interface BriDB extends DBSchema {
  highlights: { key: string; value: Highlight };
  bookmarks: { key: string; value: Bookmark; indexes: { 'by-paragraph': string } };
  /** What is left of removed highlights and bookmarks, so removals travel in exports (versions.ts). */
  tombstones: { key: string; value: Tombstone };
  /** One record under the key `app`. */
  settings: { key: 'app'; value: Settings };
  /** One record under the key `current`. */
  position: { key: 'current'; value: ReadingPosition };
}

export type AppDb = IDBPDatabase<BriDB>;
type UpgradeTx = IDBPTransaction<BriDB, StoreNames<BriDB>[], 'versionchange'>;
type Migration = (db: AppDb, tx: UpgradeTx) => void | Promise<void>;
/** An index that only older schemas had: the typed `BriDB` (the current schema) no longer names it. */
type OldIndexes = {
  indexNames: DOMStringList;
  createIndex(name: string, keyPath: string): unknown;
  deleteIndex(name: string): void;
};

/**
 * Every schema change, oldest first: version N is `migrations[N - 1]`.
 * Add one function at the end; never edit an old one (devices in the field ran it); add a fixture.
 */
export const migrations: readonly Migration[] = [
  // v1 (first release): highlights without `modified`, `note` absent when empty; settings without `onlineMap`.
  (db) => {
    db.createObjectStore('highlights', { keyPath: 'id' });
    db.createObjectStore('settings');
  },
  // v2: bookmarks and the reading position; every highlight gets `modified` (so edits from two tabs can be
  // ordered) and a `note` string, and an index by `modified`. Settings need no rewrite: reads fill defaults.
  async (db, tx) => {
    db.createObjectStore('bookmarks', { keyPath: 'id' }).createIndex('by-paragraph', 'paragraphId');
    db.createObjectStore('position');
    const highlights = tx.objectStore('highlights');
    (highlights as unknown as OldIndexes).createIndex('by-modified', 'modified');
    for (let cursor = await highlights.openCursor(); cursor; cursor = await cursor.continue()) {
      const old = cursor.value as Partial<Highlight> | null;
      // A record too broken to repair is left as it is, for the readers to skip and report; never deleted.
      if (typeof old?.created !== 'string') continue;
      if (typeof old.modified === 'string' && typeof old.note === 'string') continue;
      await cursor.update({ ...(old as Highlight), note: old.note ?? '', modified: old.modified ?? old.created });
    }
  },
  // v3: tombstones of removed highlights and bookmarks, so a removal travels in exports and an older copy never
  // comes back. The `by-modified` index goes: nothing ever queried it, and every write paid for it.
  (db, tx) => {
    db.createObjectStore('tombstones', { keyPath: 'id' });
    const highlights = tx.objectStore('highlights');
    const old = highlights as unknown as OldIndexes;
    if (old.indexNames.contains('by-modified')) old.deleteIndex('by-modified');
  },
];

export const DB_VERSION = migrations.length;

export interface OpenOptions {
  /** Called once this tab has given up its connection (another tab upgrades, or the browser dropped it). */
  onClose?: () => void;
}

/**
 * Opens (and migrates) the database. Rejects with StorageUnavailableError, StorageBlockedError,
 * StorageOutdatedError, or StorageUpgradeError (a migration failed; its own error is the `cause`).
 */
export function openAppDb({ onClose }: OpenOptions = {}): Promise<AppDb> {
  if (typeof indexedDB === 'undefined' || !indexedDB) return Promise.reject(new StorageUnavailableError());
  return new Promise((resolve, reject) => {
    let blocked = false;
    // The first migration error: the open itself then only fails with a bare AbortError.
    let migrationError: { error: unknown } | undefined;
    let opening: Promise<AppDb>;
    try {
      opening = openDB<BriDB>(DB_NAME, DB_VERSION, {
        upgrade(db, oldVersion, _newVersion, tx) {
          // Migrations run synchronously until one awaits a request, so none of them starts after the upgrade
          // transaction could have auto-committed.
          // An aborted upgrade rejects both the open (handled below) and tx.done; the open's rejection carries it.
          tx.done.catch(() => undefined);
          const run = (migrate: Migration): Promise<void> | undefined => {
            try {
              return migrate(db, tx) || undefined;
            } catch (error) {
              return Promise.reject(error);
            }
          };
          let pending: Promise<void> | undefined;
          for (const migrate of migrations.slice(oldVersion)) {
            pending = pending ? pending.then(() => run(migrate)) : run(migrate);
          }
          pending?.catch((error: unknown) => {
            migrationError ??= { error };
            try {
              tx.abort();
            } catch {
              // The failed request already aborted the upgrade: the outcome we want.
            }
          });
        },
        blocked() {
          // The open request stays queued until the old tab lets go; the UI can say so now instead of hanging.
          blocked = true;
          reject(new StorageBlockedError());
        },
        blocking(_current, _next, event) {
          // Our old schema must not stop another tab's upgrade; this tab has to reload to keep saving.
          (event.target as IDBDatabase).close();
          onClose?.();
        },
        terminated() {
          onClose?.();
        },
      });
    } catch (error) {
      // Some browsers throw from indexedDB.open itself (e.g. sandboxed frames, storage turned off).
      reject(new StorageUnavailableError({ cause: error }));
      return;
    }
    opening.then(
      (db) => (blocked ? db.close() : resolve(db)),
      (error: unknown) => {
        if (migrationError) {
          reject(new StorageUpgradeError({ cause: migrationError.error }));
          return;
        }
        const name = (error as Error | undefined)?.name;
        // VersionError: a stale tab (old app from the cache) meets data a newer tab already upgraded.
        // The others: Firefox private mode and disabled storage fail the open itself with these.
        reject(
          name === 'VersionError'
            ? new StorageOutdatedError({ cause: error })
            : name === 'InvalidStateError' || name === 'SecurityError' || name === 'UnknownError'
              ? new StorageUnavailableError({ cause: error })
              : toStorageError(error),
        );
      },
    );
  });
}

// The one connection every verb shares, as idb-keyval keeps its store: opened on first use, and opened afresh
// after it failed to open or was lost (another tab upgraded, the browser dropped it).
let current: Promise<AppDb> | undefined;
const lostListeners = new Set<() => void>();

/** The app's one open database: opened and migrated on first use; rejects with the errors of `openAppDb`. */
export function connection(): Promise<AppDb> {
  if (!current) {
    const opening = openAppDb({
      onClose: () => {
        if (current === opening) current = undefined;
        for (const listener of lostListeners) listener();
      },
    });
    current = opening;
    // A failed open is not kept: the next verb tries again (the other tab may have closed by then).
    opening.catch(() => {
      if (current === opening) current = undefined;
    });
  }
  return current;
}

/** Calls `listener` each time this tab loses its connection (writes fail until a reload); returns unsubscribe. */
export function onConnectionLost(listener: () => void): () => void {
  lostListeners.add(listener);
  return () => lostListeners.delete(listener);
}

/** Closes the shared connection; the next verb opens a new one (tests use it between fresh databases). */
export async function closeConnection(): Promise<void> {
  const closing = current;
  current = undefined;
  // A connection that never opened has nothing to close; its error was already handed to whoever asked.
  const db = await closing?.catch(() => undefined);
  db?.close();
}

/** Runs `fn` in one readwrite transaction and resolves after it committed; all of it is saved or none. */
export async function write<S extends StoreNames<BriDB>[], T>(
  stores: S,
  fn: (tx: IDBPTransaction<BriDB, S, 'readwrite'>) => Promise<T>,
  durability?: IDBTransactionDurability,
): Promise<T> {
  const db = await connection();
  let tx: IDBPTransaction<BriDB, S, 'readwrite'> | undefined;
  try {
    tx = db.transaction(stores, 'readwrite', { durability });
    const result = await fn(tx);
    await tx.done;
    return result;
  } catch (error) {
    if (tx) {
      try {
        tx.abort();
      } catch {
        // Already aborted by the failed request: that is the outcome we want.
      }
      // The abort is ours; the error worth reporting is the one that caused it, thrown below.
      await tx.done.catch(() => undefined);
    }
    throw toStorageError(error, tx);
  }
}

import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  closeConnection,
  connection,
  DB_NAME,
  DB_VERSION,
  migrations,
  onConnectionLost,
  openAppDb,
} from '../../../src/storage/db.ts';
import {
  StorageBlockedError,
  StorageOutdatedError,
  StorageUnavailableError,
  StorageUpgradeError,
} from '../../../src/storage/errors.ts';
import { freshIndexedDB } from './helpers.ts';

beforeEach(() => {
  freshIndexedDB();
});
afterEach(() => {
  vi.unstubAllGlobals();
});

describe('openAppDb', () => {
  it('creates every store of the current schema on a new device', async () => {
    const db = await openAppDb();
    expect(db.version).toBe(DB_VERSION);
    expect(DB_VERSION).toBe(migrations.length);
    expect([...db.objectStoreNames].sort()).toEqual(['bookmarks', 'highlights', 'position', 'settings', 'tombstones']);
    expect([...db.transaction('highlights').store.indexNames]).toEqual([]);
    expect([...db.transaction('bookmarks').store.indexNames]).toEqual(['by-paragraph']);
    db.close();
  });

  it('keeps a failing migration’s own error as the cause, and leaves the old version untouched', async () => {
    // A v1 database that (against the rules) already has a `bookmarks` store: migration 2 cannot create it.
    await new Promise<void>((resolve, reject) => {
      const request = indexedDB.open(DB_NAME, 1);
      request.onupgradeneeded = () => {
        request.result.createObjectStore('highlights', { keyPath: 'id' });
        request.result.createObjectStore('bookmarks', { keyPath: 'id' });
      };
      request.onsuccess = () => {
        request.result.close();
        resolve();
      };
      request.onerror = () => reject(request.error);
    });
    const error = await openAppDb().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StorageUpgradeError);
    expect((error as Error).cause).toMatchObject({ name: 'ConstraintError' });
    const versions = await indexedDB.databases();
    expect(versions).toEqual([{ name: DB_NAME, version: 1 }]);
  });

  it('rejects with StorageUnavailableError when the browser has no IndexedDB (reading goes on without it)', async () => {
    vi.stubGlobal('indexedDB', undefined);
    await expect(openAppDb()).rejects.toBeInstanceOf(StorageUnavailableError);
  });

  it('rejects with StorageUnavailableError when opening throws (storage turned off)', async () => {
    vi.stubGlobal('indexedDB', {
      open() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
    await expect(openAppDb()).rejects.toBeInstanceOf(StorageUnavailableError);
  });

  it('rejects with StorageBlockedError while another tab holds an older version open', async () => {
    const old = await new Promise<IDBDatabase>((resolve) => {
      const request = indexedDB.open(DB_NAME, 1);
      request.onupgradeneeded = () => migrations[0]?.(request.result as never, request.transaction as never);
      request.onsuccess = () => resolve(request.result);
    });
    // The old tab ignores versionchange, as app versions without a `blocking` handler did.
    const error = await openAppDb().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StorageBlockedError);
    expect((error as Error).message).toMatch(/another tab/);
    old.close();
  });

  it('rejects with StorageOutdatedError when a newer app version already upgraded the data', async () => {
    await new Promise<void>((resolve) => {
      const request = indexedDB.open(DB_NAME, DB_VERSION + 1);
      request.onsuccess = () => {
        request.result.close();
        resolve();
      };
    });
    await expect(openAppDb()).rejects.toBeInstanceOf(StorageOutdatedError);
  });

  it('closes its connection and tells the UI when another tab needs to upgrade', async () => {
    const onClose = vi.fn();
    const db = await openAppDb({ onClose });
    const next = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(DB_NAME, DB_VERSION + 1);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
      request.onblocked = () => reject(new Error('the newer tab was blocked'));
    });
    expect(onClose).toHaveBeenCalledOnce();
    expect(next.version).toBe(DB_VERSION + 1);
    next.close();
    db.close();
  });
});

describe('connection: storage owns the one connection its verbs share', () => {
  afterEach(() => closeConnection());

  it('opens once and hands every caller the same database', async () => {
    const [a, b] = await Promise.all([connection(), connection()]);
    expect(a).toBe(b);
    expect(await connection()).toBe(a);
  });

  it('does not keep a failed open: the next call tries again', async () => {
    vi.stubGlobal('indexedDB', undefined);
    await expect(connection()).rejects.toBeInstanceOf(StorageUnavailableError);
    vi.unstubAllGlobals();
    freshIndexedDB();
    expect((await connection()).version).toBe(DB_VERSION);
  });

  it('tells its listeners when the connection is lost, and opens a new one afterwards', async () => {
    const lost = vi.fn();
    const stop = onConnectionLost(lost);
    await connection();
    const next = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(DB_NAME, DB_VERSION + 1);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    stop();
    expect(lost).toHaveBeenCalledOnce();
    next.close();
    // The data is now newer than this code: the fresh open says so instead of reusing the closed handle.
    await expect(connection()).rejects.toBeInstanceOf(StorageOutdatedError);
  });
});

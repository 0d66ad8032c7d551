import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DB_NAME, DB_VERSION, migrations, openAppDb } from '../../../src/storage/db';
import { StorageBlockedError, StorageOutdatedError, StorageUnavailableError } from '../../../src/storage/errors';
import { freshIndexedDB } from './helpers';

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
    expect([...db.objectStoreNames].sort()).toEqual(['bookmarks', 'highlights', 'position', 'settings']);
    expect([...db.transaction('highlights').store.indexNames]).toEqual(['by-modified']);
    expect([...db.transaction('bookmarks').store.indexNames]).toEqual(['by-paragraph']);
    db.close();
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

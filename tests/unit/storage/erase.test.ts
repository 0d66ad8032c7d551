import 'fake-indexeddb/auto';
import { unwrap } from 'idb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { saveBookmark, listBookmarks } from '../../../src/storage/bookmarks.ts';
import { type AppDb, closeConnection, connection } from '../../../src/storage/db.ts';
import { eraseReaderData } from '../../../src/storage/erase.ts';
import { listHighlights, removeHighlight, saveHighlight } from '../../../src/storage/highlights.ts';
import { listTombstones } from '../../../src/storage/tombstones.ts';
import { getPosition, savePosition } from '../../../src/storage/reading-position.ts';
import { getSettings, saveSettings } from '../../../src/storage/settings.ts';
import { freshIndexedDB, makeBookmark, makeHighlight } from './helpers.ts';

let db: AppDb;
beforeEach(async () => {
  freshIndexedDB();
  db = await connection();
});
afterEach(() => closeConnection());

describe('erasing the reader’s data', () => {
  it('deletes highlights, notes, bookmarks and the reading position, and keeps settings', async () => {
    await saveHighlight(makeHighlight({ note: 'private' }));
    await saveHighlight(makeHighlight());
    await saveBookmark(makeBookmark());
    const gone = makeHighlight();
    await saveHighlight(gone);
    await removeHighlight(gone.id);
    await savePosition({ paragraphId: 'p-2', offset: 5, updated: new Date().toISOString() });
    await saveSettings({ theme: 'dark' });

    expect(await eraseReaderData()).toEqual({ highlights: 2, bookmarks: 1 });
    expect((await listHighlights()).items).toEqual([]);
    expect((await listBookmarks()).items).toEqual([]);
    expect(await getPosition()).toBeUndefined();
    expect((await getSettings()).theme).toBe('dark');
    // A local wipe, not a removal everywhere: no tombstones are made, and the kept ones go too.
    expect((await listTombstones()).items).toEqual([]);
  });

  it('changes nothing when the transaction fails', async () => {
    await saveHighlight(makeHighlight());
    // Abort every transaction right after its requests are queued: nothing of the clears may survive.
    const raw = unwrap(db);
    const transaction = raw.transaction;
    raw.transaction = function (this: IDBDatabase, ...args: Parameters<IDBDatabase['transaction']>) {
      const tx = transaction.apply(this, args);
      queueMicrotask(() => tx.abort());
      return tx;
    };
    try {
      await expect(eraseReaderData()).rejects.toBeTruthy();
    } finally {
      delete (raw as Partial<IDBDatabase>).transaction;
    }
    expect((await listHighlights()).items).toHaveLength(1);
  });
});

import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addBookmark, listBookmarks } from '../../../src/storage/bookmarks';
import { type AppDb, openAppDb } from '../../../src/storage/db';
import { eraseReaderData } from '../../../src/storage/erase';
import { listHighlights, saveHighlight } from '../../../src/storage/highlights';
import { getPosition, savePosition } from '../../../src/storage/reading-position';
import { getSettings, saveSettings } from '../../../src/storage/settings';
import { freshIndexedDB, makeBookmark, makeHighlight } from './helpers';

let db: AppDb;
beforeEach(async () => {
  freshIndexedDB();
  db = await openAppDb();
});
afterEach(() => db.close());

describe('erasing the reader’s data', () => {
  it('deletes highlights, notes, bookmarks and the reading position, and keeps settings', async () => {
    await saveHighlight(db, makeHighlight({ note: 'private' }));
    await saveHighlight(db, makeHighlight());
    await addBookmark(db, makeBookmark());
    await savePosition(db, { paragraphId: 'p-2', offset: 5, updated: new Date().toISOString() });
    await saveSettings(db, { theme: 'dark' });

    expect(await eraseReaderData(db)).toEqual({ highlights: 2, bookmarks: 1 });
    expect((await listHighlights(db)).items).toEqual([]);
    expect((await listBookmarks(db)).items).toEqual([]);
    expect(await getPosition(db)).toBeUndefined();
    expect((await getSettings(db)).theme).toBe('dark');
  });

  it('changes nothing when the transaction fails', async () => {
    await saveHighlight(db, makeHighlight());
    const failing = new Proxy(db, {
      get(target, key) {
        if (key !== 'transaction') return Reflect.get(target, key);
        return (...args: Parameters<AppDb['transaction']>) => {
          const tx = target.transaction(...args);
          // Abort right after the clears are queued: nothing of them may survive.
          queueMicrotask(() => tx.abort());
          return tx;
        };
      },
    });
    await expect(eraseReaderData(failing)).rejects.toBeTruthy();
    expect((await listHighlights(db)).items).toHaveLength(1);
  });
});

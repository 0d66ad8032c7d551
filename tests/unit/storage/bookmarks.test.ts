import 'fake-indexeddb/auto';
import { unwrap } from 'idb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  saveBookmark,
  findBookmark,
  listBookmarks,
  removeBookmark,
  toggleBookmarkAt,
} from '../../../src/storage/bookmarks';
import { type AppDb, closeConnection, connection } from '../../../src/storage/db';
import { freshIndexedDB, makeBookmark, plant } from './helpers';

let db: AppDb;
beforeEach(async () => {
  freshIndexedDB();
  db = await connection();
});
afterEach(() => closeConnection());

describe('bookmarks', () => {
  it('toggles a bookmark on a paragraph on and off', async () => {
    const place = { paragraphId: 'p-4', offset: 12, label: 'Trade corridors' };
    const added = await toggleBookmarkAt(place);
    expect(added).toMatchObject(place);
    expect(await findBookmark('p-4')).toEqual(added);
    expect(await toggleBookmarkAt({ ...place, offset: 30 })).toBeUndefined();
    expect(await findBookmark('p-4')).toBeUndefined();
    expect((await listBookmarks()).items).toEqual([]);
  });

  it('never leaves two bookmarks on one paragraph when two toggles race', async () => {
    const place = { paragraphId: 'p-5', offset: 0, label: 'x' };
    await Promise.all([toggleBookmarkAt(place), toggleBookmarkAt(place)]);
    expect((await listBookmarks()).items).toHaveLength(0);
    await Promise.all([toggleBookmarkAt(place), toggleBookmarkAt(place), toggleBookmarkAt(place)]);
    expect((await listBookmarks()).items).toHaveLength(1);
  });

  it('adds, lists oldest first, removes and re-adds (undo)', async () => {
    const newer = makeBookmark({ created: '2026-11-28T00:00:00.000Z' });
    const older = makeBookmark({ created: '2026-11-01T00:00:00.000Z' });
    await saveBookmark(newer);
    await saveBookmark(older);
    expect(await listBookmarks()).toEqual({ items: [older, newer], skipped: 0 });
    const removed = await removeBookmark(newer.id);
    expect(removed).toEqual(newer);
    if (removed) await saveBookmark(removed);
    expect((await listBookmarks()).items).toEqual([older, newer]);
  });

  it('skips and counts corrupt records', async () => {
    const good = await saveBookmark(makeBookmark());
    await plant(unwrap(db), 'bookmarks', [{ value: { id: 'b', paragraphId: 'p-1', offset: 'ten' } }]);
    expect(await listBookmarks()).toEqual({ items: [good], skipped: 1 });
  });

  it('refuses to store something that is not a bookmark', async () => {
    await expect(saveBookmark({ ...makeBookmark(), offset: -3 })).rejects.toBeInstanceOf(TypeError);
  });
});

import 'fake-indexeddb/auto';
import { unwrap } from 'idb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  saveBookmark,
  findBookmark,
  listBookmarks,
  removeBookmark,
  restoreBookmark,
  toggleBookmarkAt,
} from '../../../src/storage/bookmarks.ts';
import { listTombstones } from '../../../src/storage/tombstones.ts';
import { type AppDb, closeConnection, connection } from '../../../src/storage/db.ts';
import { freshIndexedDB, makeBookmark, plant, stored } from './helpers.ts';

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

  it('adds, lists oldest first, removes (leaving a tombstone) and undoes as a new bookmark of the same place', async () => {
    const newer = makeBookmark({ created: '2026-11-28T00:00:00.000Z' });
    const older = makeBookmark({ created: '2026-11-01T00:00:00.000Z' });
    await saveBookmark(newer);
    await saveBookmark(older);
    expect(await listBookmarks()).toEqual({ items: [older, newer], skipped: 0 });
    const removed = await removeBookmark(newer.id);
    expect(removed).toEqual(newer);
    expect((await listTombstones()).items.map((t) => t.id)).toEqual([newer.id]);
    // The removed copy itself does not come back: the removal is later than it.
    expect(await saveBookmark(newer)).toBeUndefined();
    const again = await stored(restoreBookmark(newer));
    expect(again).toEqual({ ...newer, id: again.id, created: again.created });
    expect(again.id).not.toBe(newer.id);
    expect((await listBookmarks()).items).toEqual([older, again]);
  });

  it('turning a bookmark off with the toggle leaves a tombstone too', async () => {
    const added = await stored(toggleBookmarkAt({ paragraphId: 'p-8', offset: 0, label: 'x' }));
    await toggleBookmarkAt({ paragraphId: 'p-8', offset: 3, label: 'x' });
    expect((await listTombstones()).items.map((t) => t.id)).toEqual([added.id]);
  });

  it('skips and counts corrupt records', async () => {
    const good = await stored(saveBookmark(makeBookmark()));
    await plant(unwrap(db), 'bookmarks', [{ value: { id: 'b', paragraphId: 'p-1', offset: 'ten' } }]);
    expect(await listBookmarks()).toEqual({ items: [good], skipped: 1 });
  });

  it('refuses to store something that is not a bookmark', async () => {
    await expect(saveBookmark({ ...makeBookmark(), offset: -3 })).rejects.toBeInstanceOf(TypeError);
  });
});

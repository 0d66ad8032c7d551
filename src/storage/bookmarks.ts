// First bundle: the Bookmark toggle shows its state as soon as the database opens.
import type { Bookmark } from '../shared/types.ts';
import { announceChange } from './broadcast.ts';
import { connection, write } from './db.ts';
import { isBookmark, isTombstone, keepValid, type Listed } from './shape.ts';
import { compareVersions, tombstoneFor } from './versions.ts';

/** The place a bookmark marks; `id` and `created` are filled in when it is added. */
export type Place = Pick<Bookmark, 'paragraphId' | 'offset' | 'label'>;

/** Every valid bookmark, oldest first; corrupt records are skipped and counted. */
export async function listBookmarks(): Promise<Listed<Bookmark>> {
  const listed = keepValid(await (await connection()).getAll('bookmarks'), isBookmark);
  listed.items.sort((a, b) => Date.parse(a.created) - Date.parse(b.created));
  return listed;
}

/** The bookmark in a paragraph, if any: a paragraph is the unit the Bookmark toggle turns on and off. */
export async function findBookmark(paragraphId: string): Promise<Bookmark | undefined> {
  return (await (await connection()).getAllFromIndex('bookmarks', 'by-paragraph', paragraphId)).find(isBookmark);
}

/** Saves a bookmark; undefined (nothing saved) when this id was removed at or after its `created`. */
export async function saveBookmark(bookmark: Bookmark): Promise<Bookmark | undefined> {
  if (!isBookmark(bookmark)) throw new TypeError('saveBookmark: not a valid Bookmark');
  const saved = await write(['bookmarks', 'tombstones'], async (tx) => {
    const tombstones = tx.objectStore('tombstones');
    const removal: unknown = await tombstones.get(bookmark.id);
    if (isTombstone(removal)) {
      if (compareVersions(bookmark, removal) <= 0) return undefined;
      await tombstones.delete(bookmark.id);
    }
    await tx.objectStore('bookmarks').put(bookmark);
    return bookmark;
  });
  announceChange('bookmarks', bookmark.id);
  return saved;
}

/**
 * Undoes the removal of `bookmark`: the same place, bookmarked anew (new id, made now). Bookmarks never change
 * once made, so the removed id stays removed everywhere and the undo travels as a bookmark of its own.
 */
export function restoreBookmark(bookmark: Bookmark): Promise<Bookmark | undefined> {
  return saveBookmark({ ...bookmark, id: crypto.randomUUID(), created: new Date().toISOString() });
}

/** Removes a bookmark and returns it (for undo with restoreBookmark), leaving a tombstone so it stays removed. */
export async function removeBookmark(id: string, now = new Date()): Promise<Bookmark | undefined> {
  const removed = await write(['bookmarks', 'tombstones'], async (tx) => {
    const store = tx.objectStore('bookmarks');
    const current: unknown = await store.get(id);
    if (current === undefined) return undefined;
    await store.delete(id);
    const tombstone = isBookmark(current) ? tombstoneFor(current, now) : { id, deleted: now.toISOString() };
    await tx.objectStore('tombstones').put(tombstone);
    return isBookmark(current) ? current : undefined;
  });
  announceChange('bookmarks', id);
  return removed;
}

/**
 * Bookmarks the paragraph of `place`, or removes its bookmark(s) if it has one. Returns the new bookmark,
 * or undefined when the paragraph is no longer bookmarked. Check and change share one transaction, so two
 * tabs toggling at once cannot leave two bookmarks on one paragraph.
 */
export async function toggleBookmarkAt(place: Place): Promise<Bookmark | undefined> {
  const added = await write(['bookmarks', 'tombstones'], async (tx) => {
    const store = tx.objectStore('bookmarks');
    const index = store.index('by-paragraph');
    const [keys, values] = await Promise.all([index.getAllKeys(place.paragraphId), index.getAll(place.paragraphId)]);
    if (keys.length > 0) {
      const now = new Date();
      for (const [i, key] of keys.entries()) {
        await store.delete(key);
        const old: unknown = values[i];
        if (isBookmark(old)) await tx.objectStore('tombstones').put(tombstoneFor(old, now));
      }
      return undefined;
    }
    const bookmark: Bookmark = {
      id: crypto.randomUUID(),
      paragraphId: place.paragraphId,
      offset: place.offset,
      label: place.label,
      created: new Date().toISOString(),
    };
    if (!isBookmark(bookmark)) throw new TypeError('toggleBookmarkAt: not a valid place');
    await store.put(bookmark);
    return bookmark;
  });
  announceChange('bookmarks', added?.id);
  return added;
}

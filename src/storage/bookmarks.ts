// First bundle: the Bookmark toggle shows its state as soon as the database opens.
import type { Bookmark } from '../shared/types';
import { announceChange } from './broadcast';
import { connection, write } from './db';
import { isBookmark, keepValid, type Listed } from './shape';

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

/** Saves a bookmark (also used to undo a removal). */
export async function saveBookmark(bookmark: Bookmark): Promise<Bookmark> {
  if (!isBookmark(bookmark)) throw new TypeError('saveBookmark: not a valid Bookmark');
  await write(['bookmarks'], (tx) => tx.objectStore('bookmarks').put(bookmark));
  announceChange('bookmarks', bookmark.id);
  return bookmark;
}

/** Deletes a bookmark and returns it, so the UI can undo with saveBookmark. */
export async function removeBookmark(id: string): Promise<Bookmark | undefined> {
  const removed = await write(['bookmarks'], async (tx) => {
    const store = tx.objectStore('bookmarks');
    const current: unknown = await store.get(id);
    await store.delete(id);
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
  const added = await write(['bookmarks'], async (tx) => {
    const store = tx.objectStore('bookmarks');
    const existing = await store.index('by-paragraph').getAllKeys(place.paragraphId);
    if (existing.length > 0) {
      await Promise.all(existing.map((key) => store.delete(key)));
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

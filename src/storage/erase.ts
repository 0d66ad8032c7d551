// Loaded lazily with the "Delete from this device" action.
import { announceChange } from './broadcast.ts';
import { write } from './db.ts';

export interface Erased {
  highlights: number;
  bookmarks: number;
}

/**
 * Deletes the reader's highlights, notes, bookmarks and reading position, all in one transaction (all or
 * nothing), and tells the other tabs. Settings stay: they are preferences, not the reader's writing. The
 * offline copy of the app lives in Cache Storage and is not touched, so reading offline goes on.
 *
 * It records no tombstones, and clears the ones kept: this is the device forgetting (a shared or handed-on
 * phone), not a removal everywhere. Other devices and exported files keep their copies, and importing one
 * brings them back here, which is what a reader restoring a backup wants. Removing one by one is the way to
 * remove everywhere.
 */
export async function eraseReaderData(): Promise<Erased> {
  const erased = await write(['highlights', 'bookmarks', 'position', 'tombstones'], async (tx) => {
    const counts = {
      highlights: await tx.objectStore('highlights').count(),
      bookmarks: await tx.objectStore('bookmarks').count(),
    };
    await Promise.all([
      tx.objectStore('highlights').clear(),
      tx.objectStore('bookmarks').clear(),
      tx.objectStore('position').clear(),
      tx.objectStore('tombstones').clear(),
    ]);
    return counts;
  });
  announceChange('highlights');
  announceChange('bookmarks');
  announceChange('position');
  return erased;
}

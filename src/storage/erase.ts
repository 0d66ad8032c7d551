// Loaded lazily with the "Delete from this device" action.
import { announceChange } from './broadcast';
import { write } from './db';

export interface Erased {
  highlights: number;
  bookmarks: number;
}

/**
 * Deletes the reader's highlights, notes, bookmarks and reading position, all in one transaction (all or
 * nothing), and tells the other tabs. Settings stay: they are preferences, not the reader's writing. The
 * offline copy of the app lives in Cache Storage and is not touched, so reading offline goes on.
 */
export async function eraseReaderData(): Promise<Erased> {
  const erased = await write(['highlights', 'bookmarks', 'position'], async (tx) => {
    const counts = {
      highlights: await tx.objectStore('highlights').count(),
      bookmarks: await tx.objectStore('bookmarks').count(),
    };
    await Promise.all([
      tx.objectStore('highlights').clear(),
      tx.objectStore('bookmarks').clear(),
      tx.objectStore('position').clear(),
    ]);
    return counts;
  });
  announceChange('highlights');
  announceChange('bookmarks');
  announceChange('position');
  return erased;
}

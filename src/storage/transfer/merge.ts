// Loaded lazily with Import: the merge rule, applied to the device's records in one transaction.
import type { Highlight } from '../../shared/types';
import { announceChange } from '../broadcast';
import { write } from '../db';
import { isBookmark, isHighlight, isLater } from '../shape';
import type { ImportData } from './parse';

export interface ImportCounts {
  added: number;
  updated: number;
  unchanged: number;
}

/**
 * Merges imported records into the device's, all or nothing, in one transaction. Same id: a highlight is
 * replaced only if the file's `modified` is later; a bookmark already present is kept (bookmarks never change).
 */
export async function importAll(data: ImportData): Promise<ImportCounts> {
  if (!data.highlights.every(isHighlight) || !data.bookmarks.every(isBookmark)) {
    throw new TypeError('importAll: pass the data of a successful parseImport');
  }
  const counts: ImportCounts = { added: 0, updated: 0, unchanged: 0 };
  await write(['highlights', 'bookmarks'], async (tx) => {
    const highlights = tx.objectStore('highlights');
    const bookmarks = tx.objectStore('bookmarks');
    // Reading everything once is far cheaper than one get per imported record, and stays inside this transaction.
    const [storedHighlights, bookmarkIds] = await Promise.all([highlights.getAll(), bookmarks.getAllKeys()]);
    const byId = new Map<string, unknown>(storedHighlights.map((h: unknown) => [(h as Highlight).id, h]));
    const haveBookmark = new Set(bookmarkIds);
    const puts: Promise<unknown>[] = [];
    // Promise.all below reports the first failure; the rest would reject unheard once the transaction aborts.
    const put = (request: Promise<unknown>) => {
      request.catch(() => undefined);
      puts.push(request);
    };
    for (const h of data.highlights) {
      const current = byId.get(h.id);
      if (current === undefined) counts.added++;
      else if (!isHighlight(current) || isLater(h.modified, current.modified)) counts.updated++;
      else {
        counts.unchanged++;
        continue;
      }
      put(highlights.put(h));
    }
    for (const b of data.bookmarks) {
      if (haveBookmark.has(b.id)) {
        counts.unchanged++;
        continue;
      }
      counts.added++;
      put(bookmarks.put(b));
    }
    await Promise.all(puts);
  });
  announceChange('highlights');
  announceChange('bookmarks');
  return counts;
}

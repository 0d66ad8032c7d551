// Loaded lazily with Import: the merge rule (a pure function anyone can call: Import, shared links) and its
// application to the device's records in one transaction.
import type { Bookmark, Highlight, Tombstone } from '../../shared/types.ts';
import { announceChange } from '../broadcast.ts';
import { write } from '../db.ts';
import { isBookmark, isHighlight, isTombstone } from '../shape.ts';
import { compareVersions, isRemoval, type Version } from '../versions.ts';

/** Highlights (with their notes), bookmarks and the tombstones of removed ones: what a device or a file holds. */
export interface Annotations {
  highlights: Highlight[];
  bookmarks: Bookmark[];
  tombstones: Tombstone[];
}

/** What an import did to the device's highlights and bookmarks. */
export interface ImportCounts {
  /** Ids new here (or restored by an edit later than their removal here). */
  added: number;
  /** Records here replaced by a later version. */
  updated: number;
  /** Records here that the incoming side had removed later. */
  removed: number;
  /** Highlights and bookmarks of the incoming side that changed nothing: the same or an older version was here. */
  unchanged: number;
}

/** The outcome of mergeAnnotations. */
export interface Merged {
  /** Everything the device holds afterwards, each list ordered by id. */
  result: Annotations;
  /** The winning versions that differ from the device's, in the incoming order: exactly what has to be written. */
  changes: Version[];
  counts: ImportCounts;
}

const versionsOf = (a: Annotations): Version[] => [...a.highlights, ...a.bookmarks, ...a.tombstones];
const byId = (x: { id: string }, y: { id: string }) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0);

/**
 * Merges `incoming` (a file, a shared link) into what a device holds: for each id the version that wins in
 * compareVersions (versions.ts) is kept, live record or tombstone. So a removal is undone only by an edit made
 * after it, never by an older copy; and since the winner does not depend on which side it came from, devices
 * that import each other's files in any order end up holding the same. Pure: stores nothing.
 */
export function mergeAnnotations(device: Annotations, incoming: Annotations): Merged {
  const kept = new Map<string, Version>();
  for (const v of versionsOf(device)) {
    const other = kept.get(v.id);
    if (!other || compareVersions(v, other) > 0) kept.set(v.id, v);
  }
  const counts: ImportCounts = { added: 0, updated: 0, removed: 0, unchanged: 0 };
  const winners = new Map(kept);
  const touched = new Set<string>();
  for (const v of versionsOf(incoming)) {
    const current = winners.get(v.id);
    if (current && compareVersions(v, current) <= 0) {
      if (!isRemoval(v)) counts.unchanged++;
      continue;
    }
    winners.set(v.id, v);
    touched.add(v.id);
  }
  const changes: Version[] = [];
  for (const id of touched) {
    const v = winners.get(id) as Version;
    const before = kept.get(id);
    changes.push(v);
    if (isRemoval(v)) {
      if (before && !isRemoval(before)) counts.removed++;
    } else if (before && !isRemoval(before)) counts.updated++;
    else counts.added++;
  }
  const all = [...winners.values()];
  const result: Annotations = {
    highlights: all.filter((v): v is Highlight => !isRemoval(v) && 'anchor' in v).sort(byId),
    bookmarks: all.filter((v): v is Bookmark => !isRemoval(v) && !('anchor' in v)).sort(byId),
    tombstones: all.filter(isRemoval).sort(byId),
  };
  return { result, changes, counts };
}

/**
 * Merges imported records into the device's by mergeAnnotations, all or nothing, in one transaction. Stored
 * records too corrupt to read take no part: one with an imported id is replaced, the others stay untouched.
 */
export async function importAll(data: Annotations): Promise<ImportCounts> {
  if (!data.highlights.every(isHighlight) || !data.bookmarks.every(isBookmark) || !data.tombstones.every(isTombstone)) {
    throw new TypeError('importAll: pass the data of a successful parseImport');
  }
  const counts = await write(['highlights', 'bookmarks', 'tombstones'], async (tx) => {
    const highlights = tx.objectStore('highlights');
    const bookmarks = tx.objectStore('bookmarks');
    const tombstones = tx.objectStore('tombstones');
    // Reading everything once is far cheaper than one get per imported record, and stays inside this transaction.
    const [h, b, t] = (await Promise.all([
      highlights.getAll(),
      bookmarks.getAll(),
      tombstones.getAll(),
    ])) as unknown[][] as [unknown[], unknown[], unknown[]];
    const device = {
      highlights: h.filter(isHighlight),
      bookmarks: b.filter(isBookmark),
      tombstones: t.filter(isTombstone),
    };
    const held = {
      highlights: new Set(device.highlights.map((v) => v.id)),
      bookmarks: new Set(device.bookmarks.map((v) => v.id)),
      tombstones: new Set(device.tombstones.map((v) => v.id)),
    };
    const merged = mergeAnnotations(device, data);
    const requests: Promise<unknown>[] = [];
    // Promise.all below reports the first failure; the rest would reject unheard once the transaction aborts.
    const queue = (request: Promise<unknown>) => {
      request.catch(() => undefined);
      requests.push(request);
    };
    for (const v of merged.changes) {
      // An id lives in exactly one store, the one of its winning version: it leaves any other that held it.
      const into = isRemoval(v) ? 'tombstones' : 'anchor' in v ? 'highlights' : 'bookmarks';
      if (into === 'tombstones') queue(tombstones.put(v as Tombstone));
      else if (held.tombstones.has(v.id)) queue(tombstones.delete(v.id));
      if (into === 'highlights') queue(highlights.put(v as Highlight));
      else if (held.highlights.has(v.id)) queue(highlights.delete(v.id));
      if (into === 'bookmarks') queue(bookmarks.put(v as Bookmark));
      else if (held.bookmarks.has(v.id)) queue(bookmarks.delete(v.id));
    }
    await Promise.all(requests);
    return merged.counts;
  });
  announceChange('highlights');
  announceChange('bookmarks');
  return counts;
}

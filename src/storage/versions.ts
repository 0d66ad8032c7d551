// First bundle: the one rule that decides which version of a highlight or bookmark wins, on this device (two
// tabs) and in Import (two devices). Pure: no IndexedDB here, so every caller applies exactly the same order.
import type { Bookmark, Highlight, Tombstone } from '../shared/types.ts';

/** One version of a record: the live highlight or bookmark, or the tombstone left when it was removed. */
export type Version = Highlight | Bookmark | Tombstone;

/** Whether a version is a removal. */
export const isRemoval = (v: Version): v is Tombstone => 'deleted' in v;

/** When a version was made: a highlight's `modified`, a bookmark's `created` (bookmarks never change), a removal's `deleted`. */
function madeAt(v: Version): number {
  return Date.parse(isRemoval(v) ? v.deleted : 'modified' in v ? v.modified : v.created);
}

/** JSON with keys sorted at every level: equal records give equal text whatever order their keys were written in. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const entries = Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`);
    return `{${entries.join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/**
 * The one total order of the versions of a record; > 0 when `a` wins over `b`, < 0 when `b` wins, 0 only for
 * the same version. The later version wins; at the same millisecond a removal wins over an edit; two
 * different edits at the same millisecond are ordered by their content (canonical JSON, compared by UTF-16
 * code units). So every device picks the same winner whatever order it met the versions in.
 */
export function compareVersions(a: Version, b: Version): number {
  const byTime = madeAt(a) - madeAt(b);
  if (byTime !== 0) return byTime;
  const byKind = Number(isRemoval(a)) - Number(isRemoval(b));
  if (byKind !== 0) return byKind;
  const [x, y] = [canonical(a), canonical(b)];
  return x === y ? 0 : x > y ? 1 : -1;
}

/** The later of `now` and one millisecond after `version`, as ISO: what a removal or an undo is stamped with. */
export function justAfter(version: Version, now = new Date()): string {
  return new Date(Math.max(now.getTime(), madeAt(version) + 1)).toISOString();
}

/**
 * The tombstone for removing `record` now. Stamped at least 1 ms after the record's own time, so the removal
 * outranks the very version the reader removed even if that version came from a device whose clock runs ahead.
 */
export function tombstoneFor(record: Highlight | Bookmark, now = new Date()): Tombstone {
  return { id: record.id, deleted: justAfter(record, now) };
}

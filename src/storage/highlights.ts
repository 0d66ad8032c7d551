// First bundle: the reader draws saved highlights as soon as the database opens.
import { HIGHLIGHT_COLORS, type Highlight, type HighlightColor } from '../shared/types.ts';
import { announceChange } from './broadcast.ts';
import { connection, write } from './db.ts';
import { isDate, isHighlight, isLater, isTombstone, keepValid, type Listed } from './shape.ts';
import { compareVersions, justAfter, tombstoneFor } from './versions.ts';

/** Every valid highlight in reading order (by text position); corrupt records are skipped and counted. */
export async function listHighlights(): Promise<Listed<Highlight>> {
  const listed = keepValid(await (await connection()).getAll('highlights'), isHighlight);
  listed.items.sort((a, b) => a.anchor.position.start - b.anchor.position.start);
  return listed;
}

/** One highlight, or undefined when it is missing or corrupt. */
export async function getHighlight(id: string): Promise<Highlight | undefined> {
  const value: unknown = await (await connection()).get('highlights', id);
  return isHighlight(value) ? value : undefined;
}

/**
 * Saves a new highlight, or a newer version of one. Returns what is stored afterwards: if another tab already
 * stored this id with a later `modified`, that record wins and is returned instead; if the highlight was removed
 * at or after this version's `modified` (versions.ts), nothing is saved and undefined comes back.
 */
export async function saveHighlight(highlight: Highlight): Promise<Highlight | undefined> {
  if (!isHighlight(highlight)) throw new TypeError('saveHighlight: not a valid Highlight');
  const stored = await write(['highlights', 'tombstones'], async (tx) => {
    const store = tx.objectStore('highlights');
    const tombstones = tx.objectStore('tombstones');
    const [current, removal]: unknown[] = await Promise.all([store.get(highlight.id), tombstones.get(highlight.id)]);
    if (isTombstone(removal)) {
      if (compareVersions(highlight, removal) <= 0) return undefined;
      await tombstones.delete(highlight.id);
    }
    if (isHighlight(current) && isLater(current.modified, highlight.modified)) return current;
    await store.put(highlight);
    return highlight;
  });
  announceChange('highlights', highlight.id);
  return stored;
}

/**
 * Undoes the removal of `highlight` (as removeHighlight returned it): saved again as an edit made now, later
 * than its removal, so the undo also wins over that removal on every device the files reach.
 */
export async function restoreHighlight(highlight: Highlight): Promise<Highlight | undefined> {
  const removal: unknown = await (await connection()).get('tombstones', highlight.id);
  const after = isTombstone(removal) ? removal : highlight;
  return saveHighlight({ ...highlight, modified: justAfter(after) });
}

/** Replaces a highlight's note (plain text); `modified` is when the reader saved it. See `edit` for the rule. */
export async function setHighlightNote(
  id: string,
  note: string,
  modified = new Date().toISOString(),
): Promise<Highlight | undefined> {
  if (typeof note !== 'string') throw new TypeError('setHighlightNote: the note must be a string');
  return edit(id, { note }, modified);
}

/** Changes a highlight's colour; `modified` is when the reader chose it. See `edit` for the rule. */
export async function setHighlightColor(
  id: string,
  color: HighlightColor,
  modified = new Date().toISOString(),
): Promise<Highlight | undefined> {
  if (!HIGHLIGHT_COLORS.includes(color)) throw new TypeError(`setHighlightColor: unknown colour ${String(color)}`);
  return edit(id, { color }, modified);
}

/**
 * Read, compare and write in one transaction, so two tabs editing the same highlight cannot interleave.
 * An edit older than the stored `modified` is dropped (the stored record is returned); an edit of a highlight
 * another tab removed returns undefined and does not bring it back.
 */
async function edit(
  id: string,
  change: Pick<Highlight, 'note'> | Pick<Highlight, 'color'>,
  modified: string,
): Promise<Highlight | undefined> {
  // A bad timestamp would make the record fail its shape check and vanish from every list.
  if (!isDate(modified)) throw new TypeError(`edit: modified must be an ISO date-time, got ${modified}`);
  const stored = await write(['highlights'], async (tx) => {
    const store = tx.objectStore('highlights');
    const current: unknown = await store.get(id);
    if (!isHighlight(current)) return undefined;
    if (isLater(current.modified, modified)) return current;
    const next: Highlight = { ...current, ...change, modified };
    await store.put(next);
    return next;
  });
  announceChange('highlights', id);
  return stored;
}

/**
 * Removes a highlight and returns it, so the UI can undo with restoreHighlight. A tombstone (id and time) is
 * kept in its place, so an older copy in a file, or on another device, never brings it back.
 */
export async function removeHighlight(id: string, now = new Date()): Promise<Highlight | undefined> {
  const removed = await write(['highlights', 'tombstones'], async (tx) => {
    const store = tx.objectStore('highlights');
    const current: unknown = await store.get(id);
    if (current === undefined) return undefined;
    await store.delete(id);
    // A corrupt record is removed all the same: the reader asked for it to go.
    const tombstone = isHighlight(current) ? tombstoneFor(current, now) : { id, deleted: now.toISOString() };
    await tx.objectStore('tombstones').put(tombstone);
    return isHighlight(current) ? current : undefined;
  });
  announceChange('highlights', id);
  return removed;
}

// First bundle: the reader returns to the saved place on load and saves it while scrolling.
import type { ReadingPosition } from '../shared/types.ts';
import { announceChange } from './broadcast.ts';
import { connection, write } from './db.ts';
import { isLater, isPosition } from './shape.ts';

/** Where the reader stopped, or undefined on first visit (or if the record is corrupt). */
export async function getPosition(): Promise<ReadingPosition | undefined> {
  const value: unknown = await (await connection()).get('position', 'current');
  return isPosition(value) ? value : undefined;
}

let latest: ReadingPosition | undefined;
let flushing: Promise<void> | undefined;

/**
 * Saves where the reader is. Cheap to call on every pause: calls made while a write is in flight collapse into
 * one more write of the latest place, and writes use relaxed durability (losing the last second is harmless).
 * A position older than the stored one (another tab read further later) does not overwrite it.
 */
export function savePosition(position: ReadingPosition): Promise<void> {
  if (!isPosition(position)) return Promise.reject(new TypeError('savePosition: not a valid ReadingPosition'));
  latest = position;
  flushing ??= flush().finally(() => {
    flushing = undefined;
  });
  return flushing;
}

async function flush(): Promise<void> {
  for (let next = latest; next; next = latest) {
    latest = undefined;
    const position = next;
    await write(
      ['position'],
      async (tx) => {
        const store = tx.objectStore('position');
        const current: unknown = await store.get('current');
        if (!isPosition(current) || !isLater(current.updated, position.updated)) await store.put(position, 'current');
      },
      'relaxed',
    );
    announceChange('position');
  }
}

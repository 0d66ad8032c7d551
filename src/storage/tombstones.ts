// Loaded with Export: what is left of removed highlights and bookmarks (written by their own modules'
// remove verbs, read here so an export can carry the removals).
import type { Tombstone } from '../shared/types.ts';
import { connection } from './db.ts';
import { isTombstone, keepValid, type Listed } from './shape.ts';

/** Every valid tombstone: the id and time of each removal this device knows of. */
export async function listTombstones(): Promise<Listed<Tombstone>> {
  return keepValid(await (await connection()).getAll('tombstones'), isTombstone);
}

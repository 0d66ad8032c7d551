import 'fake-indexeddb/auto';
import { unwrap } from 'idb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type AppDb, closeConnection, connection } from '../../../src/storage/db.ts';
import { getPosition, savePosition } from '../../../src/storage/reading-position.ts';
import { freshIndexedDB, plant } from './helpers.ts';

let db: AppDb;
beforeEach(async () => {
  freshIndexedDB();
  db = await connection();
});
afterEach(() => closeConnection());

const at = (offset: number, second = offset) => ({
  paragraphId: 'p-2',
  offset,
  updated: `2026-11-29T03:00:${String(second).padStart(2, '0')}.000Z`,
});

describe('reading position', () => {
  it('is undefined on a first visit, then returns what was saved', async () => {
    expect(await getPosition()).toBeUndefined();
    await savePosition(at(5));
    expect(await getPosition()).toEqual(at(5));
  });

  it('collapses a burst of saves into few writes that end at the latest place', async () => {
    const transaction = vi.spyOn(db, 'transaction');
    const saves = Array.from({ length: 50 }, (_, i) => savePosition(at(i % 60)));
    await Promise.all(saves);
    expect(await getPosition()).toEqual(at(49));
    expect(transaction.mock.calls.filter((call) => call[1] === 'readwrite').length).toBeLessThanOrEqual(2);
  });

  it('does not go back to an older place saved later by a slower tab', async () => {
    await savePosition(at(30));
    await savePosition(at(10));
    expect(await getPosition()).toEqual(at(30));
  });

  it('ignores a corrupt stored position', async () => {
    await plant(unwrap(db), 'position', [{ key: 'current', value: { paragraphId: 3 } }]);
    expect(await getPosition()).toBeUndefined();
    await savePosition(at(1));
    expect(await getPosition()).toEqual(at(1));
  });
});

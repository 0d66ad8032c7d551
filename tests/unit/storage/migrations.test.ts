import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { listBookmarks } from '../../../src/storage/bookmarks';
import { DB_NAME, DB_VERSION, openAppDb } from '../../../src/storage/db';
import { listHighlights } from '../../../src/storage/highlights';
import { getPosition } from '../../../src/storage/reading-position';
import { getSettings } from '../../../src/storage/settings';
import { createFromFixture, freshIndexedDB, loadFixtures } from './helpers';

const fixtures = loadFixtures();

beforeEach(() => {
  freshIndexedDB();
});

describe('schema fixtures', () => {
  it('exist for every schema version, one file each (add vN.json with each new migration)', () => {
    expect(fixtures.map((f) => f.version)).toEqual(Array.from({ length: DB_VERSION }, (_, i) => i + 1));
  });
});

describe.each(fixtures)('upgrading a device that holds schema v$version', (fixture) => {
  it('keeps every record of every store (fields may be added, none lost or changed)', async () => {
    await createFromFixture(DB_NAME, fixture);
    const db = await openAppDb();
    expect(db.version).toBe(DB_VERSION);
    for (const [storeName, store] of Object.entries(fixture.stores)) {
      const tx = db.transaction(storeName as never);
      for (const record of store.records) {
        const key = record.key ?? (record.value as Record<string, IDBValidKey>)[store.keyPath as string];
        const now = await tx.objectStore(storeName as never).get(key as never);
        expect(now, `${storeName} ${String(key)}`).toMatchObject(record.value as object);
      }
      expect(await tx.objectStore(storeName as never).count()).toBe(store.records.length);
    }
    db.close();
  });

  it('reads back through the domain modules, skipping only records that were already corrupt', async () => {
    await createFromFixture(DB_NAME, fixture);
    const db = await openAppDb();
    const corrupt = (fixture.stores.highlights?.records ?? []).filter((r) =>
      String((r.value as { id: string }).id).startsWith('corrupt'),
    ).length;
    const highlights = await listHighlights(db);
    expect(highlights.skipped).toBe(corrupt);
    expect(highlights.items).toHaveLength((fixture.stores.highlights?.records.length ?? 0) - corrupt);
    expect((await listBookmarks(db)).items).toHaveLength(fixture.stores.bookmarks?.records.length ?? 0);
    expect(await getPosition(db)).toEqual(fixture.stores.position?.records[0]?.value);
    expect(await getSettings(db)).toMatchObject(fixture.stores.settings?.records[0]?.value as object);
    db.close();
  });
});

describe('v1 → v2', () => {
  it('backfills `modified` from `created` and an empty note, and indexes highlights by `modified`', async () => {
    const v1 = fixtures.find((f) => f.version === 1);
    if (!v1) throw new Error('v1 fixture missing');
    await createFromFixture(DB_NAME, v1);
    const db = await openAppDb();
    const { items } = await listHighlights(db);
    expect(items.map((h) => [h.note, h.modified === h.created])).toEqual([
      ['', true],
      ['Check the 2025 figures — Минск.', true],
    ]);
    const byModified = await db.getAllKeysFromIndex('highlights', 'by-modified');
    expect(byModified).toEqual(items.map((h) => h.id));
    expect(await getSettings(db)).toMatchObject({ theme: 'dark', textSize: 112, onlineMap: false });
    db.close();
  });
});

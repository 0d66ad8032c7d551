import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { listBookmarks } from '../../../src/storage/bookmarks.ts';
import { closeConnection, connection, DB_NAME, DB_VERSION } from '../../../src/storage/db.ts';
import { listHighlights } from '../../../src/storage/highlights.ts';
import { getPosition } from '../../../src/storage/reading-position.ts';
import { getSettings } from '../../../src/storage/settings.ts';
import { createFromFixture, freshIndexedDB, loadFixtures } from './helpers.ts';

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
    const db = await connection();
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
    await closeConnection();
  });

  it('reads back through the domain modules, skipping only records that were already corrupt', async () => {
    await createFromFixture(DB_NAME, fixture);
    await connection();
    const corrupt = (fixture.stores.highlights?.records ?? []).filter((r) =>
      String((r.value as { id: string }).id).startsWith('corrupt'),
    ).length;
    const highlights = await listHighlights();
    expect(highlights.skipped).toBe(corrupt);
    expect(highlights.items).toHaveLength((fixture.stores.highlights?.records.length ?? 0) - corrupt);
    expect((await listBookmarks()).items).toHaveLength(fixture.stores.bookmarks?.records.length ?? 0);
    expect(await getPosition()).toEqual(fixture.stores.position?.records[0]?.value);
    expect(await getSettings()).toMatchObject(fixture.stores.settings?.records[0]?.value as object);
    await closeConnection();
  });
});

describe('v1 → v2', () => {
  it('backfills `modified` from `created` and an empty note', async () => {
    const v1 = fixtures.find((f) => f.version === 1);
    if (!v1) throw new Error('v1 fixture missing');
    await createFromFixture(DB_NAME, v1);
    await connection();
    const { items } = await listHighlights();
    expect(items.map((h) => [h.note, h.modified === h.created])).toEqual([
      ['', true],
      ['Check the 2025 figures — Минск.', true],
    ]);
    expect(await getSettings()).toMatchObject({ theme: 'dark', textSize: 112, onlineMap: false });
    await closeConnection();
  });
});

describe('v2 → v3', () => {
  it('adds the tombstones store and drops the never-queried by-modified index, keeping every record', async () => {
    const v2 = fixtures.find((f) => f.version === 2);
    if (!v2) throw new Error('v2 fixture missing');
    await createFromFixture(DB_NAME, v2);
    const db = await connection();
    expect([...db.objectStoreNames]).toContain('tombstones');
    expect(await db.count('tombstones')).toBe(0);
    expect([...db.transaction('highlights').store.indexNames]).toEqual([]);
    expect([...db.transaction('bookmarks').store.indexNames]).toEqual(['by-paragraph']);
    expect((await listHighlights()).items.map((h) => h.id)).toEqual(
      (v2.stores.highlights?.records ?? []).map((r) => (r.value as { id: string }).id),
    );
    await closeConnection();
  });
});

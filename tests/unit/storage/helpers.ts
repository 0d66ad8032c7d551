// Shared by the storage tests: a fresh fake IndexedDB per test, schema fixtures, a localStorage stand-in.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { IDBFactory } from 'fake-indexeddb';
import type { Bookmark, Highlight } from '../../../src/shared/types.ts';

const FIXTURE_DIR = fileURLToPath(new URL('../../fixtures/db/', import.meta.url));

/** A database exactly as one schema version left it on a device (see tests/fixtures/db/README.md). */
export interface DbFixture {
  version: number;
  description: string;
  stores: Record<
    string,
    {
      keyPath: string | null;
      indexes: Record<string, { keyPath: string; unique?: boolean }>;
      records: { key?: IDBValidKey; value: unknown }[];
    }
  >;
}

/** Every fixture file, by version. */
export function loadFixtures(): DbFixture[] {
  return readdirSync(FIXTURE_DIR)
    .filter((name) => /^v\d+\.json$/.test(name))
    .map((name) => JSON.parse(readFileSync(FIXTURE_DIR + name, 'utf8')) as DbFixture)
    .sort((a, b) => a.version - b.version);
}

/** Gives this test its own empty IndexedDB. */
export function freshIndexedDB(): IDBFactory {
  const factory = new IDBFactory();
  globalThis.indexedDB = factory;
  return factory;
}

function done(request: IDBRequest | IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    if (request instanceof IDBTransaction) {
      request.oncomplete = () => resolve();
      request.onabort = () => reject(request.error);
    } else {
      request.onsuccess = () => resolve();
      request.onerror = () => reject(request.error);
    }
  });
}

/** Writes a fixture with the raw IndexedDB API (not our code), as that version's schema had it, then closes it. */
export async function createFromFixture(name: string, fixture: DbFixture): Promise<void> {
  const request = indexedDB.open(name, fixture.version);
  request.onupgradeneeded = () => {
    const db = request.result;
    for (const [storeName, store] of Object.entries(fixture.stores)) {
      const os = db.createObjectStore(storeName, store.keyPath === null ? {} : { keyPath: store.keyPath });
      for (const [indexName, index] of Object.entries(store.indexes)) {
        os.createIndex(indexName, index.keyPath, { unique: index.unique ?? false });
      }
    }
  };
  await done(request);
  const db = request.result;
  const tx = db.transaction(Object.keys(fixture.stores), 'readwrite');
  for (const [storeName, store] of Object.entries(fixture.stores)) {
    for (const record of store.records) {
      if (record.key === undefined) tx.objectStore(storeName).put(record.value);
      else tx.objectStore(storeName).put(record.value, record.key);
    }
  }
  await done(tx);
  db.close();
}

/** Writes raw values straight into a store of an open database, bypassing every check (to plant corrupt records). */
export async function plant(db: IDBDatabase, storeName: string, values: { key?: IDBValidKey; value: unknown }[]) {
  const tx = db.transaction(storeName, 'readwrite');
  for (const { key, value } of values) {
    if (key === undefined) tx.objectStore(storeName).put(value);
    else tx.objectStore(storeName).put(value, key);
  }
  await done(tx);
}

/** A minimal in-memory localStorage for Node. */
export class MemoryStorage {
  private map = new Map<string, string>();
  getItem(key: string): string | null {
    return this.map.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    this.map.set(key, String(value));
  }
  removeItem(key: string): void {
    this.map.delete(key);
  }
  clear(): void {
    this.map.clear();
  }
}

let n = 0;
const uuid = () => crypto.randomUUID();

/** A valid highlight; `start` orders it in the text. */
export function makeHighlight(overrides: Partial<Highlight> = {}, start = 100 + n++ * 10): Highlight {
  return {
    id: uuid(),
    anchor: {
      paragraphId: `p-${start}`,
      quote: { type: 'TextQuoteSelector', exact: `quote at ${start}`, prefix: 'before ', suffix: ' after' },
      position: { type: 'TextPositionSelector', start, end: start + 12 },
      contentVersion: '2026-11-01',
    },
    color: 'yellow',
    note: '',
    created: '2026-11-20T10:00:00.000Z',
    modified: '2026-11-20T10:00:00.000Z',
    ...overrides,
  };
}

/** A valid bookmark. */
export function makeBookmark(overrides: Partial<Bookmark> = {}): Bookmark {
  return {
    id: uuid(),
    paragraphId: `p-${n++}`,
    offset: 7,
    label: 'Where I stopped',
    created: '2026-11-21T08:00:00.000Z',
    ...overrides,
  };
}

/** The record a save returned; fails the test when the save stored nothing. */
export async function stored<T>(saving: Promise<T | undefined>): Promise<T> {
  const value = await saving;
  if (value === undefined) throw new Error('expected the save to store the record');
  return value;
}

// The convergence property again, through the real storage verbs on three fake IndexedDB databases (one per
// device) and the real importAll: slower, so 20 histories instead of 1,000, but nothing modelled.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { HIGHLIGHT_COLORS, type Bookmark, type Highlight } from '../../../src/shared/types.ts';
import { listBookmarks, removeBookmark, restoreBookmark, toggleBookmarkAt } from '../../../src/storage/bookmarks.ts';
import { closeConnection } from '../../../src/storage/db.ts';
import {
  listHighlights,
  removeHighlight,
  restoreHighlight,
  saveHighlight,
  setHighlightColor,
  setHighlightNote,
} from '../../../src/storage/highlights.ts';
import { listTombstones } from '../../../src/storage/tombstones.ts';
import { exportAnnotations, importAll, parseImport } from '../../../src/storage/transfer/index.ts';
import { makeHighlight } from './helpers.ts';

const meta = { title: 'T', author: 'A', source: 'https://example.org/' };
const START = Date.parse('2026-11-30T12:00:00.000Z');

type Kind = 'highlight' | 'note' | 'color' | 'remove' | 'bookmark' | 'unbookmark' | 'undo' | 'export' | 'import';
interface Op {
  kind: Kind;
  device: number;
  tick: number;
  pick: number;
}

const op: fc.Arbitrary<Op> = fc.record({
  kind: fc.constantFrom<Kind>(
    'highlight',
    'note',
    'note',
    'color',
    'remove',
    'bookmark',
    'unbookmark',
    'undo',
    'export',
    'export',
    'import',
    'import',
  ),
  device: fc.integer({ min: 0, max: 2 }),
  tick: fc.constantFrom(0, 0, 1),
  pick: fc.nat(20),
});

afterEach(async () => {
  await closeConnection();
  vi.useRealTimers();
});

async function state() {
  const byId = <T extends { id: string }>(list: T[]) => [...list].sort((a, b) => (a.id < b.id ? -1 : 1));
  return {
    highlights: byId((await listHighlights()).items),
    bookmarks: byId((await listBookmarks()).items),
    tombstones: byId((await listTombstones()).items),
  };
}

describe('export and import converge through the real storage verbs and importAll', () => {
  it('three fake-IndexedDB devices end identical, with no removed record back unless edited later', async () => {
    // Only Date is faked: the clock is the test's, so versions often share a millisecond.
    vi.useFakeTimers({ toFake: ['Date'] });
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 10, maxLength: 30 }), async (ops) => {
        const factories = [new IDBFactory(), new IDBFactory(), new IDBFactory()];
        let on = -1;
        let clock = START;
        const use = async (device: number) => {
          vi.setSystemTime(clock);
          if (on === device) return;
          await closeConnection();
          globalThis.indexedDB = factories[device] as IDBFactory;
          on = device;
        };
        const files: string[] = [];
        const undo: (Highlight | Bookmark | undefined)[] = [];
        const removedAt = new Map<string, string[]>();
        const exportNow = async () => {
          const s = await state();
          return exportAnnotations(s.highlights, s.bookmarks, meta, s.tombstones);
        };
        const importNow = async (file: string) => {
          const parsed = parseImport(file);
          if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
          await importAll(parsed.data);
        };
        for (const o of ops) {
          clock += o.tick;
          await use(o.device);
          const { highlights, bookmarks } = await state();
          const h = highlights[o.pick % Math.max(1, highlights.length)];
          const b = bookmarks[o.pick % Math.max(1, bookmarks.length)];
          const now = new Date().toISOString();
          if (o.kind === 'highlight') await saveHighlight(makeHighlight({ created: now, modified: now }));
          else if (o.kind === 'note' && h) await setHighlightNote(h.id, `note ${o.pick % 3}`);
          else if (o.kind === 'color' && h) await setHighlightColor(h.id, HIGHLIGHT_COLORS[o.pick % 4] ?? 'pink');
          else if (o.kind === 'remove' && h) undo[o.device] = await removeHighlight(h.id);
          else if (o.kind === 'bookmark') await toggleBookmarkAt({ paragraphId: `p-${o.pick}`, offset: 0, label: 'x' });
          else if (o.kind === 'unbookmark' && b) undo[o.device] = await removeBookmark(b.id);
          else if (o.kind === 'undo') {
            const record = undo[o.device];
            undo[o.device] = undefined;
            if (record && 'anchor' in record) await restoreHighlight(record);
            else if (record) await restoreBookmark(record);
          } else if (o.kind === 'export') files.push(await exportNow());
          else if (o.kind === 'import' && files.length) await importNow(files[o.pick % files.length] as string);
          for (const t of (await state()).tombstones) removedAt.set(t.id, [...(removedAt.get(t.id) ?? []), t.deleted]);
        }
        const last: string[] = [];
        for (const d of [0, 1, 2]) {
          await use(d);
          last.push(await exportNow());
        }
        const finals = [];
        for (const d of [0, 1, 2]) {
          await use(d);
          for (const other of [0, 1, 2]) if (other !== d) await importNow(last[other] as string);
          finals.push(await state());
        }
        expect(finals[1]).toEqual(finals[0]);
        expect(finals[2]).toEqual(finals[0]);
        for (const h of finals[0]?.highlights ?? []) {
          // A highlight that is back was edited after every removal of it.
          for (const deleted of removedAt.get(h.id) ?? [])
            expect(Date.parse(h.modified)).toBeGreaterThan(Date.parse(deleted));
        }
        for (const b of finals[0]?.bookmarks ?? []) expect(removedAt.has(b.id)).toBe(false);
      }),
      { numRuns: 20 },
    );
  }, 60_000);
});

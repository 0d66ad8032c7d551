import 'fake-indexeddb/auto';
import { unwrap } from 'idb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type AppDb, closeConnection, connection } from '../../../src/storage/db.ts';
import { StorageFullError } from '../../../src/storage/errors.ts';
import { listTombstones } from '../../../src/storage/tombstones.ts';
import {
  getHighlight,
  listHighlights,
  removeHighlight,
  restoreHighlight,
  saveHighlight,
  setHighlightColor,
  setHighlightNote,
} from '../../../src/storage/highlights.ts';
import { freshIndexedDB, makeHighlight, plant, stored } from './helpers.ts';

let db: AppDb;
beforeEach(async () => {
  freshIndexedDB();
  db = await connection();
});
afterEach(() => closeConnection());

describe('highlights', () => {
  it('saves, gets and lists highlights in reading order', async () => {
    const later = makeHighlight({}, 900);
    const earlier = makeHighlight({}, 20);
    await saveHighlight(later);
    await saveHighlight(earlier);
    expect(await getHighlight(later.id)).toEqual(later);
    expect(await listHighlights()).toEqual({ items: [earlier, later], skipped: 0 });
  });

  it('refuses to store something that is not a highlight', async () => {
    await expect(saveHighlight({ id: 'x' } as never)).rejects.toBeInstanceOf(TypeError);
    expect((await listHighlights()).items).toEqual([]);
  });

  it('updates a note and the colour, stamping `modified`', async () => {
    const h = await stored(saveHighlight(makeHighlight()));
    const noted = await setHighlightNote(h.id, 'Compare with the 2019 report', '2026-11-29T01:00:00.000Z');
    expect(noted).toMatchObject({ note: 'Compare with the 2019 report', modified: '2026-11-29T01:00:00.000Z' });
    const green = await setHighlightColor(h.id, 'green', '2026-11-29T01:00:01.000Z');
    expect(await getHighlight(h.id)).toEqual({
      ...h,
      note: noted?.note,
      color: 'green',
      modified: green?.modified,
    });
  });

  it('refuses an edit with a malformed timestamp rather than store a record no list could show', async () => {
    const h = await stored(saveHighlight(makeHighlight()));
    await expect(setHighlightNote(h.id, 'x', 'now')).rejects.toBeInstanceOf(TypeError);
    expect(await getHighlight(h.id)).toEqual(h);
  });

  it('keeps the stored note when a stale edit from another tab arrives later', async () => {
    const h = await stored(saveHighlight(makeHighlight()));
    await setHighlightNote(h.id, 'newer, typed in tab B', '2026-11-29T02:00:00.000Z');
    const result = await setHighlightNote(h.id, 'older, typed in tab A', '2026-11-29T01:59:00.000Z');
    expect(result?.note).toBe('newer, typed in tab B');
    expect((await getHighlight(h.id))?.note).toBe('newer, typed in tab B');
    // saveHighlight obeys the same rule
    expect((await saveHighlight({ ...h, note: 'stale copy' }))?.note).toBe('newer, typed in tab B');
  });

  it('does not bring back a highlight another tab removed when an edit arrives for it', async () => {
    const h = await stored(saveHighlight(makeHighlight()));
    await removeHighlight(h.id);
    expect(await setHighlightNote(h.id, 'too late')).toBeUndefined();
    expect(await getHighlight(h.id)).toBeUndefined();
  });

  it('returns the removed highlight so the UI can undo; the undo is an edit later than the removal', async () => {
    const h = await stored(saveHighlight(makeHighlight({ note: 'keep me', color: 'blue' })));
    const removed = await removeHighlight(h.id);
    expect(removed).toEqual(h);
    expect((await listHighlights()).items).toEqual([]);
    expect((await listTombstones()).items).toEqual([{ id: h.id, deleted: expect.any(String) }]);
    // Saving the removed copy as it was is an older version than the removal: it does not come back.
    expect(await saveHighlight(h)).toBeUndefined();
    expect(await getHighlight(h.id)).toBeUndefined();
    const restored = await stored(restoreHighlight(h));
    expect(restored).toEqual({ ...h, modified: restored.modified });
    expect(Date.parse(restored.modified)).toBeGreaterThan(Date.parse(h.modified));
    expect(await getHighlight(h.id)).toEqual(restored);
    expect((await listTombstones()).items).toEqual([]);
  });

  it('stamps a removal after the version removed, even one from a device whose clock runs ahead', async () => {
    const ahead = await stored(saveHighlight(makeHighlight({ modified: '2099-01-01T00:00:00.000Z' })));
    await removeHighlight(ahead.id, new Date('2026-11-30T00:00:00.000Z'));
    expect((await listTombstones()).items).toEqual([{ id: ahead.id, deleted: '2099-01-01T00:00:00.001Z' }]);
    expect(await saveHighlight(ahead)).toBeUndefined();
  });

  it('skips and counts corrupt records; the rest load', async () => {
    const good = await stored(saveHighlight(makeHighlight()));
    await plant(unwrap(db), 'highlights', [
      { value: { id: 'a', color: 'purple' } },
      { value: { ...makeHighlight(), modified: 'yesterday' } },
      {
        value: {
          ...makeHighlight(),
          anchor: { ...good.anchor, position: { type: 'TextPositionSelector', start: -1 } },
        },
      },
    ]);
    expect(await listHighlights()).toEqual({ items: [good], skipped: 3 });
    expect(await getHighlight('a')).toBeUndefined();
  });

  it('turns a full disk into StorageFullError and saves nothing of the write', async () => {
    const store = Object.getPrototypeOf(unwrap(db).transaction('highlights').objectStore('highlights'));
    const put = store.put;
    store.put = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    try {
      const error = await stored(saveHighlight(makeHighlight())).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(StorageFullError);
      expect((error as Error).message).toMatch(/out of storage space/);
    } finally {
      store.put = put;
    }
    expect((await listHighlights()).items).toEqual([]);
  });
});

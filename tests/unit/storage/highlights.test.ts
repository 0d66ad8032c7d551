import 'fake-indexeddb/auto';
import { unwrap } from 'idb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type AppDb, closeConnection, connection } from '../../../src/storage/db';
import { StorageFullError } from '../../../src/storage/errors';
import {
  getHighlight,
  listHighlights,
  removeHighlight,
  saveHighlight,
  setHighlightColor,
  setHighlightNote,
} from '../../../src/storage/highlights';
import { freshIndexedDB, makeHighlight, plant } from './helpers';

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
    const h = await saveHighlight(makeHighlight());
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
    const h = await saveHighlight(makeHighlight());
    await expect(setHighlightNote(h.id, 'x', 'now')).rejects.toBeInstanceOf(TypeError);
    expect(await getHighlight(h.id)).toEqual(h);
  });

  it('keeps the stored note when a stale edit from another tab arrives later', async () => {
    const h = await saveHighlight(makeHighlight());
    await setHighlightNote(h.id, 'newer, typed in tab B', '2026-11-29T02:00:00.000Z');
    const result = await setHighlightNote(h.id, 'older, typed in tab A', '2026-11-29T01:59:00.000Z');
    expect(result?.note).toBe('newer, typed in tab B');
    expect((await getHighlight(h.id))?.note).toBe('newer, typed in tab B');
    // saveHighlight obeys the same rule
    expect((await saveHighlight({ ...h, note: 'stale copy' })).note).toBe('newer, typed in tab B');
  });

  it('does not bring back a highlight another tab removed when an edit arrives for it', async () => {
    const h = await saveHighlight(makeHighlight());
    await removeHighlight(h.id);
    expect(await setHighlightNote(h.id, 'too late')).toBeUndefined();
    expect(await getHighlight(h.id)).toBeUndefined();
  });

  it('returns the removed highlight so the UI can undo by saving it again', async () => {
    const h = await saveHighlight(makeHighlight({ note: 'keep me', color: 'blue' }));
    const removed = await removeHighlight(h.id);
    expect(removed).toEqual(h);
    expect((await listHighlights()).items).toEqual([]);
    if (removed) await saveHighlight(removed);
    expect(await getHighlight(h.id)).toEqual(h);
  });

  it('skips and counts corrupt records; the rest load', async () => {
    const good = await saveHighlight(makeHighlight());
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
      const error = await saveHighlight(makeHighlight()).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(StorageFullError);
      expect((error as Error).message).toMatch(/out of storage space/);
    } finally {
      store.put = put;
    }
    expect((await listHighlights()).items).toEqual([]);
  });
});

import 'fake-indexeddb/auto';
import { unwrap } from 'idb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Bookmark, Highlight } from '../../../src/shared/types.ts';
import { saveBookmark, listBookmarks } from '../../../src/storage/bookmarks.ts';
import { type AppDb, closeConnection, connection } from '../../../src/storage/db.ts';
import { StorageFullError } from '../../../src/storage/errors.ts';
import { listHighlights, saveHighlight } from '../../../src/storage/highlights.ts';
import { listTombstones } from '../../../src/storage/tombstones.ts';
import {
  type ExportMeta,
  exportAnnotations,
  exportMarkdown,
  type Annotations,
  importAll,
  mergeAnnotations,
  MAX_IMPORT_CHARS,
  MAX_IMPORT_ITEMS,
  parseImport,
} from '../../../src/storage/transfer/index.ts';
import { freshIndexedDB, makeBookmark, makeHighlight, stored } from './helpers.ts';

const meta: ExportMeta = {
  title: 'China’s Belt and Road Initiative in Central Asia: A New Formula for Regional Success Guaranteed',
  author: 'Maria Danilovich',
  source: 'https://example.org/bri-reader/',
};

let db: AppDb;
beforeEach(async () => {
  freshIndexedDB();
  db = await connection();
});
afterEach(() => closeConnection());

/** A valid export of `highlights` and `bookmarks`, as a mutable object to break on purpose. */
function exported(highlights: Highlight[] = [makeHighlight()], bookmarks: Bookmark[] = []) {
  // biome-ignore lint/suspicious/noExplicitAny: tests reach into the file freely to break it
  return JSON.parse(exportAnnotations(highlights, bookmarks, meta)) as any;
}

function errorsOf(file: unknown): string[] {
  const result = parseImport(typeof file === 'string' ? file : JSON.stringify(file));
  if (result.ok) throw new Error('expected the file to be rejected');
  return result.errors;
}

function dataOf(file: unknown): Annotations {
  const result = parseImport(typeof file === 'string' ? file : JSON.stringify(file));
  if (!result.ok) throw new Error(result.errors.join('\n'));
  return result.data;
}

async function snapshot() {
  return { highlights: await listHighlights(), bookmarks: await listBookmarks() };
}

describe('export to Web Annotation', () => {
  it('writes an AnnotationCollection with one page of annotations', () => {
    const plain = makeHighlight({ color: 'green' });
    const noted = makeHighlight({ note: 'Why here?', modified: '2026-11-28T09:00:00.000Z' });
    const mark = makeBookmark();
    const file = exported([plain, noted], [mark]);
    expect(file).toMatchObject({
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      type: 'AnnotationCollection',
      total: 3,
      first: { type: 'AnnotationPage' },
    });
    expect(file.first.items[0]).toEqual({
      id: `urn:uuid:${plain.id}`,
      type: 'Annotation',
      motivation: 'highlighting',
      created: plain.created,
      modified: plain.modified,
      body: [{ type: 'TextualBody', purpose: 'tagging', value: 'color:green' }],
      target: {
        source: meta.source,
        selector: [plain.anchor.quote, plain.anchor.position],
        'bri:paragraphId': plain.anchor.paragraphId,
        'bri:contentVersion': plain.anchor.contentVersion,
      },
    });
    expect(file.first.items[1]).toMatchObject({
      motivation: 'commenting',
      body: [
        { type: 'TextualBody', purpose: 'commenting', value: 'Why here?', format: 'text/plain' },
        { type: 'TextualBody', purpose: 'tagging', value: 'color:yellow' },
      ],
    });
    expect(file.first.items[2]).toEqual({
      id: `urn:uuid:${mark.id}`,
      type: 'Annotation',
      motivation: 'bookmarking',
      created: mark.created,
      body: { type: 'TextualBody', purpose: 'describing', value: mark.label, format: 'text/plain' },
      target: {
        source: meta.source,
        selector: {
          type: 'FragmentSelector',
          conformsTo: 'http://tools.ietf.org/rfc/rfc3986',
          value: mark.paragraphId,
          refinedBy: { type: 'TextPositionSelector', start: mark.offset, end: mark.offset },
        },
      },
    });
  });

  it('round-trips losslessly: export, then import on another device, gives the same records', async () => {
    const highlights = [
      makeHighlight({ note: 'multi\nline — ünïcødé 🌏', color: 'pink' }),
      makeHighlight({
        anchor: { ...makeHighlight().anchor, quote: { type: 'TextQuoteSelector', exact: 'x', prefix: '', suffix: '' } },
      }),
    ];
    const bookmarks = [makeBookmark({ label: '' }), makeBookmark()];
    for (const h of highlights) await saveHighlight(h);
    for (const b of bookmarks) await saveBookmark(b);
    const before = await snapshot();
    const file = exportAnnotations(before.highlights.items, before.bookmarks.items, meta);

    void closeConnection();
    freshIndexedDB();
    db = await connection();
    expect(await importAll(dataOf(file))).toEqual({ added: 4, updated: 0, removed: 0, unchanged: 0 });
    expect(await snapshot()).toEqual(before);
    // and exporting again gives the very same file
    const after = await snapshot();
    expect(exportAnnotations(after.highlights.items, after.bookmarks.items, meta)).toBe(file);
  });
});

describe('export to Markdown', () => {
  it('lists quotes in reading order with notes below, after the title and author', () => {
    const second = makeHighlight({ anchor: { ...makeHighlight({}, 500).anchor }, note: 'second note' });
    const first = makeHighlight({}, 50);
    const md = exportMarkdown([second, first], [makeBookmark({ label: 'Stopped here' })], meta);
    expect(md).toBe(
      [
        `# ${meta.title}`,
        '',
        'Maria Danilovich',
        '',
        `<${meta.source}>`,
        '',
        '## Highlights',
        '',
        `> ${first.anchor.quote.exact}`,
        '',
        `> ${second.anchor.quote.exact}`,
        '',
        'second note',
        '',
        '## Bookmarks',
        '',
        '- Stopped here',
        '',
      ].join('\n'),
    );
  });

  it('keeps markup in notes and quotes as literal text', () => {
    const md = exportMarkdown([makeHighlight({ note: '<script>alert(1)</script> & \\<b>' })], [], meta);
    expect(md).toContain('\\<script\\>alert(1)\\</script\\> \\& \\\\\\<b\\>');
    expect(md).not.toMatch(/(^|[^\\])<script/);
  });
});

describe('parseImport rejects bad files with what and where', () => {
  it.each([
    ['not JSON', 'Highlights from my phone', /not valid JSON/],
    ['truncated JSON', exportAnnotations([makeHighlight()], [], meta).slice(0, 200), /not valid JSON/],
    ['valid JSON of the wrong shape (array)', [], /^\(file\): must be an object, got an array/],
    ['valid JSON of the wrong shape (object)', { highlights: [] }, /^@context: must be/],
    ['an empty file', '', /not valid JSON/],
  ])('%s', (_name, file, message) => {
    expect(errorsOf(file)[0]).toMatch(message);
  });

  it('rejects unknown types', () => {
    const file = exported();
    file.type = 'Collection';
    expect(errorsOf(file)).toEqual(['type: must be "AnnotationCollection", got "Collection"']);
    const item = exported();
    item.first.items[0].type = 'Note';
    expect(errorsOf(item)).toEqual(['first.items[0].type: must be "Annotation", got "Note"']);
    const selector = exported();
    selector.first.items[0].target.selector[1] = { type: 'XPathSelector', value: '/p[3]' };
    expect(errorsOf(selector)[0]).toMatch(
      /^first\.items\[0\]\.target\.selector\[1\]\.type: must be one TextQuoteSelector/,
    );
    const motivation = exported();
    motivation.first.items[0].motivation = 'editing';
    expect(errorsOf(motivation)[0]).toMatch(/^first\.items\[0\]\.motivation: must be "highlighting", "commenting"/);
  });

  it('rejects wrong types', () => {
    const file = exported();
    file.first.items[0].target.selector[0].exact = 42;
    file.first.items[0].target.selector[1].start = '7';
    const errors = errorsOf(file);
    expect(errors).toEqual([
      'first.items[0].target.selector[0]: TextQuoteSelector.exact: must be a non-empty string, got number 42',
    ]);
    const position = exported();
    position.first.items[0].target.selector[1].start = '7';
    expect(errorsOf(position)).toEqual([
      'first.items[0].target.selector[1].start: must be a whole number ≥ 0, got "7"',
    ]);
    const total = exported();
    total.total = 5;
    expect(errorsOf(total)).toEqual(['total: says 5 but first.items holds 1 (is the file complete?)']);
  });

  it('reports every bad item (up to 20), not only the first', () => {
    const file = exported([makeHighlight(), makeHighlight(), makeHighlight()]);
    file.first.items[0].created = 'yesterday';
    file.first.items[2].id = 'note-3';
    expect(errorsOf(file)).toEqual([
      'first.items[0].created: must be an ISO 8601 date-time such as 2026-11-29T10:00:00Z, got "yesterday"',
      'first.items[2].id: must be "urn:uuid:" followed by a UUID, got "note-3"',
    ]);
  });

  it('rejects bad dates and bad colours', () => {
    const date = exported();
    date.first.items[0].modified = '2026-13-45T99:00:00Z';
    expect(errorsOf(date)[0]).toMatch(/^first\.items\[0\]\.modified: must be an ISO 8601 date-time/);
    const colour = exported();
    colour.first.items[0].body[0].value = 'color:red; background:url(x)';
    expect(errorsOf(colour)[0]).toMatch(
      /^first\.items\[0\]\.body\[0\]\.value: must be a colour tag, one of color:yellow/,
    );
  });

  it('rejects over-long strings', () => {
    const file = exported([makeHighlight({ note: 'x' })]);
    file.first.items[0].body[0].value = 'n'.repeat(20_001);
    expect(errorsOf(file)).toEqual(['first.items[0].body[0].value: must be at most 20000 characters, got 20001']);
  });

  it('rejects notes marked as HTML', () => {
    const file = exported([makeHighlight({ note: 'x' })]);
    file.first.items[0].body[0].format = 'text/html';
    expect(errorsOf(file)).toEqual(['first.items[0].body[0].format: must be "text/plain", got "text/html"']);
  });

  it('rejects a file with the same id twice', () => {
    const h = makeHighlight();
    const file = exported([h, { ...h, modified: '2026-11-29T00:00:00.000Z' }]);
    expect(errorsOf(file)).toEqual(['first.items[1].id: repeats the id of first.items[0]']);
  });

  it('refuses more than 10,000 annotations', () => {
    const file = exported([], [makeBookmark({ label: '' })]);
    file.first.items = Array.from({ length: 10_001 }, () => file.first.items[0]);
    file.total = 10_001;
    expect(errorsOf(file)).toEqual(['first.items: must hold at most 10000 entries, got 10001']);
  });

  it('refuses a huge file before parsing it', () => {
    const huge = `{"padding": "${'x'.repeat(MAX_IMPORT_CHARS)}"}`;
    expect(errorsOf(huge)[0]).toMatch(/^The file is too large \(\d+ characters; at most 20000000\)/);
  });

  it('still accepts our own export of the most annotations a file may hold', async () => {
    const many = Array.from({ length: MAX_IMPORT_ITEMS }, (_, i) =>
      makeHighlight({ note: i % 2 ? 'A short note about this passage, as most are.' : '' }, i * 40),
    );
    const file = exportAnnotations(many, [], meta);
    expect(file.length).toBeLessThan(MAX_IMPORT_CHARS);
    const data = dataOf(file);
    expect(await importAll(data)).toEqual({ added: MAX_IMPORT_ITEMS, updated: 0, removed: 0, unchanged: 0 });
    expect((await listHighlights()).items).toEqual(many);
  });
});

describe('hostile content stays inert', () => {
  it('ignores __proto__, constructor and prototype keys: nothing is polluted or copied', () => {
    const text = exportAnnotations([makeHighlight({ note: 'n' })], [makeBookmark()], meta)
      .replace('"type": "AnnotationCollection"', '"__proto__": {"polluted": true}, "type": "AnnotationCollection"')
      .replace(
        '"type": "Annotation"',
        '"constructor": {"prototype": {"polluted": true}}, "__proto__": {"isAdmin": true}, "type": "Annotation"',
      )
      .replace('"type": "TextQuoteSelector"', '"__proto__": {"exact": "injected"}, "type": "TextQuoteSelector"');
    const data = dataOf(text);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
    const [h] = data.highlights;
    expect(Object.getPrototypeOf(h)).toBe(Object.prototype);
    expect(Object.keys(h ?? {}).sort()).toEqual(['anchor', 'color', 'created', 'id', 'modified', 'note']);
    expect(JSON.stringify(data)).not.toMatch(/polluted|isAdmin|injected/);
  });

  it('does not take an inherited property for a missing one', () => {
    const file = exported();
    delete file.first.items[0].target.selector[0].exact;
    // `constructor` etc. are never read, and a missing own field is missing even if Object.prototype has it
    Object.defineProperty(Object.prototype, 'exact', { value: 'from the prototype', configurable: true });
    try {
      expect(errorsOf(file)[0]).toMatch(/TextQuoteSelector\.exact: must be a non-empty string, got undefined/);
    } finally {
      delete (Object.prototype as Record<string, unknown>).exact;
    }
  });

  it('keeps <script> in a note as the literal text it is', async () => {
    const note = '<script>alert("x")</script><img src=x onerror=alert(1)>';
    const data = dataOf(exported([makeHighlight({ note })]));
    expect(data.highlights[0]?.note).toBe(note);
    await importAll(data);
    expect((await listHighlights()).items[0]?.note).toBe(note);
  });
});

describe('importAll', () => {
  it('merges by id without duplicates: newer `modified` wins, older or the same is unchanged', async () => {
    const kept = await stored(
      saveHighlight(makeHighlight({ note: 'device, newer', modified: '2026-11-29T02:00:00.000Z' })),
    );
    const replaced = await stored(
      saveHighlight(makeHighlight({ note: 'device, older', modified: '2026-11-01T00:00:00.000Z' })),
    );
    const mark = await stored(saveBookmark(makeBookmark()));
    const fresh = makeHighlight({ note: 'only in the file' });
    const file = exportAnnotations(
      [
        { ...kept, note: 'file, older', modified: '2026-11-29T01:00:00.000Z' },
        { ...replaced, note: 'file, newer', modified: '2026-11-02T00:00:00.000Z' },
        fresh,
      ],
      [mark, makeBookmark()],
      meta,
    );
    expect(await importAll(dataOf(file))).toEqual({ added: 2, updated: 1, removed: 0, unchanged: 2 });
    const { highlights, bookmarks } = await snapshot();
    expect(Object.fromEntries(highlights.items.map((h) => [h.id, h.note]))).toEqual({
      [kept.id]: 'device, newer',
      [replaced.id]: 'file, newer',
      [fresh.id]: 'only in the file',
    });
    expect(bookmarks.items).toHaveLength(2);
    expect(bookmarks.items.find((b) => b.id === mark.id)).toEqual(mark);
    // importing the same file again adds nothing
    expect(await importAll(dataOf(file))).toEqual({ added: 0, updated: 0, removed: 0, unchanged: 5 });
    expect((await listHighlights()).items).toHaveLength(3);
  });

  it('refuses data that did not come from parseImport and writes nothing', async () => {
    const before = await snapshot();
    await expect(
      importAll({ highlights: [makeHighlight(), { id: 'x' } as never], bookmarks: [], tombstones: [] }),
    ).rejects.toBeInstanceOf(TypeError);
    expect(await snapshot()).toEqual(before);
  });
});

describe('a full disk during import leaves everything as it was', () => {
  async function setUp() {
    await saveHighlight(makeHighlight({ note: 'already here', modified: '2026-11-01T00:00:00.000Z' }));
    await saveBookmark(makeBookmark());
    const existing = (await listHighlights()).items[0] as Highlight;
    const incoming = [
      { ...existing, note: 'newer from file', modified: '2026-11-29T00:00:00.000Z' },
      ...Array.from({ length: 20 }, () => makeHighlight()),
    ];
    return { before: await snapshot(), data: dataOf(exportAnnotations(incoming, [makeBookmark()], meta)) };
  }

  it('when a put throws QuotaExceededError (as some engines report it)', async () => {
    const { before, data } = await setUp();
    const proto = Object.getPrototypeOf(unwrap(db).transaction('highlights').objectStore('highlights'));
    const put = proto.put;
    let calls = 0;
    proto.put = function (this: IDBObjectStore, ...args: unknown[]) {
      if (++calls === 10) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return put.apply(this, args);
    };
    try {
      await expect(importAll(data)).rejects.toBeInstanceOf(StorageFullError);
    } finally {
      proto.put = put;
    }
    expect(calls).toBe(10);
    expect(await snapshot()).toEqual(before);
  });

  it('when the engine fails the write and aborts the transaction with QuotaExceededError (as Chrome does)', async () => {
    const { before, data } = await setUp();
    // fake-indexeddb's internal record store: a failure thrown here takes the same path as a real disk-full
    // error, i.e. the request errors and the transaction aborts with that error after earlier puts succeeded.
    const raw = (
      unwrap(db).transaction('highlights').objectStore('highlights') as unknown as {
        _rawObjectStore: { storeRecord: (...args: unknown[]) => unknown };
      }
    )._rawObjectStore;
    const storeRecord = raw.storeRecord;
    let stored = 0;
    raw.storeRecord = function (...args: unknown[]) {
      if (++stored === 15) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return storeRecord.apply(this, args);
    };
    try {
      const error = await importAll(data).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(StorageFullError);
      expect((error as StorageFullError).cause).toMatchObject({
        name: expect.stringMatching(/QuotaExceededError|AbortError/),
      });
    } finally {
      raw.storeRecord = storeRecord;
    }
    // 15 puts, plus the abort restoring the one record the import had overwritten through the same function
    expect(stored).toBe(16);
    expect(await snapshot()).toEqual(before);
  });

  it('a rejected file changes nothing', async () => {
    const { before } = await setUp();
    const result = parseImport('{"@context": "http://www.w3.org/ns/anno.jsonld", "type": "AnnotationCollection"');
    expect(result.ok).toBe(false);
    expect(await snapshot()).toEqual(before);
  });
});

describe('removals travel in the file (the bri:deleted extension)', () => {
  it('exports tombstones as { id, deleted } beside the items, where other Web Annotation tools ignore them', () => {
    const file = JSON.parse(
      exportAnnotations([], [], meta, [
        { id: '5d0c8f0a-7a44-4a8e-b0c1-2f3e4a5b6c09', deleted: '2026-11-06T08:15:00.000Z' },
      ]),
    );
    expect(file['bri:deleted']).toEqual([
      { id: 'urn:uuid:5d0c8f0a-7a44-4a8e-b0c1-2f3e4a5b6c09', deleted: '2026-11-06T08:15:00.000Z' },
    ]);
    expect(file.total).toBe(0);
    // Without removals the file is exactly what it was before the extension.
    expect(exported([], [])['bri:deleted']).toBeUndefined();
  });

  it('rejects malformed removals, and an id that is both an annotation and removed', () => {
    const h = makeHighlight();
    const file = exported([h]);
    file['bri:deleted'] = [
      { id: 'x', deleted: 'yesterday' },
      { id: `urn:uuid:${h.id}`, deleted: '2026-11-06T08:15:00Z' },
    ];
    const errors = errorsOf(file);
    expect(errors[0]).toMatch(/^bri:deleted\[0\]\.id: must be "urn:uuid:"/);
    expect(errors[1]).toMatch(/^bri:deleted\[1\]\.id: repeats the id of first\.items\[0\]/);
    expect(errorsOf({ ...exported([]), 'bri:deleted': 'all' })[0]).toMatch(/^bri:deleted: must be an array/);
  });

  it('a removal in the file removes the record here; an older file never brings it back; a later edit does', async () => {
    const h = await stored(saveHighlight(makeHighlight({ note: 'first' })));
    const mark = await stored(saveBookmark(makeBookmark()));
    const before = exportAnnotations([h], [mark], meta);
    // Another device removed both, later: its file carries the tombstones.
    const removedThere = exportAnnotations([], [], meta, [
      { id: h.id, deleted: '2026-11-25T00:00:00.000Z' },
      { id: mark.id, deleted: '2026-11-25T00:00:00.000Z' },
    ]);
    expect(await importAll(dataOf(removedThere))).toEqual({ added: 0, updated: 0, removed: 2, unchanged: 0 });
    expect(await snapshot()).toEqual({ highlights: { items: [], skipped: 0 }, bookmarks: { items: [], skipped: 0 } });
    expect((await listTombstones()).items).toHaveLength(2);

    expect(await importAll(dataOf(before))).toEqual({ added: 0, updated: 0, removed: 0, unchanged: 2 });
    expect((await snapshot()).highlights.items).toEqual([]);

    const editedLater = { ...h, note: 'edited after the removal', modified: '2026-11-26T00:00:00.000Z' };
    expect(await importAll(dataOf(exportAnnotations([editedLater], [], meta)))).toMatchObject({ added: 1 });
    expect((await listHighlights()).items).toEqual([editedLater]);
    expect((await listTombstones()).items.map((t) => t.id)).toEqual([mark.id]);
  });
});

describe('mergeAnnotations: one total order decides every tie', () => {
  const base = makeHighlight({ modified: '2026-11-29T10:00:00.000Z' });
  const pink = { ...base, color: 'pink' as const };
  const noted = { ...base, note: 'same millisecond' };
  const none = { highlights: [], bookmarks: [], tombstones: [] };
  const one = (h: Highlight) => ({ ...none, highlights: [h] });

  it('picks the same one of two different edits made in the same millisecond, whichever side holds which', () => {
    const ab = mergeAnnotations(one(pink), one(noted)).result;
    const ba = mergeAnnotations(one(noted), one(pink)).result;
    expect(ab).toEqual(ba);
    expect(ab.highlights).toHaveLength(1);
  });

  it('lets a removal win over an edit of the same millisecond, and an edit one millisecond later win over it', () => {
    const removal = { id: base.id, deleted: base.modified };
    expect(mergeAnnotations(one(noted), { ...none, tombstones: [removal] }).result.highlights).toEqual([]);
    expect(mergeAnnotations({ ...none, tombstones: [removal] }, one(noted)).result.highlights).toEqual([]);
    const later = { ...noted, modified: '2026-11-29T10:00:00.001Z' };
    expect(mergeAnnotations({ ...none, tombstones: [removal] }, one(later)).result).toEqual({
      ...none,
      highlights: [later],
    });
  });
});

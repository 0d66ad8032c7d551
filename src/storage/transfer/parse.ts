// Loaded lazily with Import: checks a file strictly and turns it into records; stores nothing.
import type { Params } from '../../i18n/format.ts';
import type { Language } from '../../i18n/languages.ts';
import { uiLanguage } from '../../i18n/runtime.ts';
import { transferText } from '../../i18n/text/transfer.ts';
import { type Bookmark, HIGHLIGHT_COLORS, type Highlight, type HighlightColor } from '../../shared/types.ts';
import { isCount, isDate, isObj, type Obj } from '../shape.ts';
import type { Annotations } from './merge.ts';
import { ANNOTATION_CONTEXT, DELETED_KEY } from './w3c.ts';

export const MAX_IMPORT_ITEMS = 10_000;
/**
 * Larger texts are refused before parsing. Sized so that our own export of MAX_IMPORT_ITEMS highlights with
 * short notes (about 10 million characters, pretty-printed) still imports; small enough not to hang a phone.
 */
export const MAX_IMPORT_CHARS = 20_000_000;
/** For a check on `File.size` before reading: UTF-8 needs at most 3 bytes per UTF-16 code unit. */
export const MAX_IMPORT_BYTES = 3 * MAX_IMPORT_CHARS;
const MAX_NOTE_CHARS = 20_000;
/** Removals a file may carry: each costs about 90 characters, so even this many stay far under MAX_IMPORT_CHARS. */
const MAX_IMPORT_DELETED = 100_000;

const MAX_QUOTE = 10_000;
const MAX_CONTEXT = 1_000;
const MAX_LABEL = 1_000;
const MAX_NAME = 200;
const MAX_SOURCE = 2_048;
const MAX_ERRORS = 20;
const URN_UUID = /^urn:uuid:([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i;

/** A checked file as records ready to merge, or what is wrong with it. */
export type ImportResult = { ok: true; data: Annotations } | { ok: false; errors: string[] };

type Problem = Parameters<typeof transferText>[0];
type Say = (key: Problem, params?: Params) => string;

/** A value from the file, described when the problem is put into words (in the reader's language). */
class Got {
  constructor(readonly value: unknown) {}
}

/**
 * A problem in the file: the path to it (`first.items[3].target.selector[0]`), which message says what is wrong,
 * and that message's details. Worded only at the end (`word`), in the language parseImport was asked for.
 */
class Invalid extends Error {
  constructor(
    readonly path: string,
    readonly problem: Problem,
    readonly details: Record<string, string | Got>,
  ) {
    super(`${path}: ${problem}`);
  }
}

/** The path of the file as a whole. */
const WHOLE_FILE = '';

// Numbers in the details are strings: they stay as the file and the paths write them (no digit grouping).
function fail(path: string, problem: Problem, details: Record<string, string | Got> = {}): never {
  throw new Invalid(path, problem, details);
}

function show(value: unknown, say: Say): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return say('gotArray');
  if (typeof value === 'string')
    return value.length > 40 ? say('gotLongString', { count: String(value.length) }) : JSON.stringify(value);
  if (typeof value === 'object') return say('gotObject');
  if (typeof value === 'number') return say('gotNumber', { value: String(value) });
  if (typeof value === 'boolean') return say('gotBoolean', { value: String(value) });
  // Nothing else comes out of JSON.parse: the field is absent.
  return say('gotNothing');
}

function word(error: Invalid, say: Say): string {
  const params: Params = { path: error.path === WHOLE_FILE ? say('wholeFile') : error.path };
  for (const [name, detail] of Object.entries(error.details)) {
    params[name] = detail instanceof Got ? show(detail.value, say) : detail;
  }
  return say(error.problem, params);
}

function object(value: unknown, path: string): Obj {
  if (!isObj(value)) fail(path, 'notObject', { got: new Got(value) });
  return value;
}

// Only own properties are read: an input object can never reach `constructor`, `__proto__` or anything else
// inherited, and nothing from the input is ever copied wholesale (every field below is picked one by one).
function field(o: Obj, key: string): unknown {
  return Object.hasOwn(o, key) ? o[key] : undefined;
}

function text(value: unknown, path: string, max: number, allowEmpty = false): string {
  if (typeof value !== 'string' || (!allowEmpty && value === '')) {
    fail(path, allowEmpty ? 'notString' : 'notNonEmptyString', { got: new Got(value) });
  }
  if (value.length > max) fail(path, 'tooLong', { count: String(max), length: String(value.length) });
  return value;
}

function count(value: unknown, path: string): number {
  if (!isCount(value)) fail(path, 'notCount', { got: new Got(value) });
  return value;
}

function date(value: unknown, path: string): string {
  if (!isDate(value)) fail(path, 'notDate', { got: new Got(value) });
  return value;
}

function exactly(value: unknown, expected: string, path: string): void {
  if (value !== expected) fail(path, 'notExactly', { expected, got: new Got(value) });
}

function uuid(value: unknown, path: string): string {
  const match = typeof value === 'string' ? URN_UUID.exec(value) : null;
  if (!match?.[1]) fail(path, 'notUuid', { got: new Got(value) });
  return match[1].toLowerCase();
}

function list(value: unknown, path: string, max: number): unknown[] {
  if (!Array.isArray(value)) fail(path, 'notArray', { got: new Got(value) });
  if (value.length > max) fail(path, 'tooMany', { count: String(max), length: String(value.length) });
  return value;
}

function position(value: unknown, path: string) {
  const o = object(value, path);
  exactly(field(o, 'type'), 'TextPositionSelector', `${path}.type`);
  const start = count(field(o, 'start'), `${path}.start`);
  const end = count(field(o, 'end'), `${path}.end`);
  if (end < start) fail(`${path}.end`, 'endBeforeStart', { start: String(start), end: String(end) });
  return { type: 'TextPositionSelector' as const, start, end };
}

function parseHighlight(a: Obj, p: string, id: string, created: string): Highlight {
  const modifiedValue = field(a, 'modified');
  const modified = modifiedValue === undefined ? created : date(modifiedValue, `${p}.modified`);
  let color: HighlightColor = 'yellow';
  let note: string | undefined;
  const rawBody = field(a, 'body');
  const bodies = rawBody === undefined ? [] : Array.isArray(rawBody) ? list(rawBody, `${p}.body`, 10) : [rawBody];
  bodies.forEach((value, i) => {
    const bp = Array.isArray(rawBody) ? `${p}.body[${i}]` : `${p}.body`;
    const b = object(value, bp);
    exactly(field(b, 'type'), 'TextualBody', `${bp}.type`);
    const purpose = field(b, 'purpose');
    if (purpose === 'tagging') {
      const tag = text(field(b, 'value'), `${bp}.value`, MAX_NAME);
      const c = tag.startsWith('color:') ? tag.slice(6) : '';
      if (!HIGHLIGHT_COLORS.includes(c as HighlightColor)) {
        const colours = HIGHLIGHT_COLORS.map((k) => `color:${k}`).join(', ');
        fail(`${bp}.value`, 'notColour', { colours, got: new Got(tag) });
      }
      color = c as HighlightColor;
    } else if (purpose === 'commenting' || purpose === undefined) {
      if (note !== undefined) fail(bp, 'secondNote');
      const format = field(b, 'format');
      if (format !== undefined) exactly(format, 'text/plain', `${bp}.format`);
      note = text(field(b, 'value'), `${bp}.value`, MAX_NOTE_CHARS, true);
    } else {
      fail(`${bp}.purpose`, 'notPurpose', { got: new Got(purpose) });
    }
  });
  const tp = `${p}.target`;
  const target = object(field(a, 'target'), tp);
  text(field(target, 'source'), `${tp}.source`, MAX_SOURCE);
  const paragraphId = text(field(target, 'bri:paragraphId'), `${tp}.bri:paragraphId`, MAX_NAME);
  const contentVersion = text(field(target, 'bri:contentVersion'), `${tp}.bri:contentVersion`, MAX_NAME);
  let quote: Highlight['anchor']['quote'] | undefined;
  let where: Highlight['anchor']['position'] | undefined;
  list(field(target, 'selector'), `${tp}.selector`, 10).forEach((value, i) => {
    const sp = `${tp}.selector[${i}]`;
    const s = object(value, sp);
    const type = field(s, 'type');
    if (type === 'TextQuoteSelector' && !quote) {
      quote = {
        type,
        exact: text(field(s, 'exact'), `${sp}: TextQuoteSelector.exact`, MAX_QUOTE),
        prefix: text(field(s, 'prefix') ?? '', `${sp}: TextQuoteSelector.prefix`, MAX_CONTEXT, true),
        suffix: text(field(s, 'suffix') ?? '', `${sp}: TextQuoteSelector.suffix`, MAX_CONTEXT, true),
      };
    } else if (type === 'TextPositionSelector' && !where) {
      where = position(s, sp);
    } else {
      fail(`${sp}.type`, 'notSelector', { got: new Got(type) });
    }
  });
  if (!quote) fail(`${tp}.selector`, 'noSelector', { selector: 'TextQuoteSelector' });
  if (!where) fail(`${tp}.selector`, 'noSelector', { selector: 'TextPositionSelector' });
  return {
    id,
    anchor: { paragraphId, quote, position: where, contentVersion },
    color,
    note: note ?? '',
    created,
    modified,
  };
}

function parseBookmark(a: Obj, p: string, id: string, created: string): Bookmark {
  let label = '';
  const rawBody = field(a, 'body');
  if (rawBody !== undefined) {
    const b = object(rawBody, `${p}.body`);
    exactly(field(b, 'type'), 'TextualBody', `${p}.body.type`);
    exactly(field(b, 'purpose'), 'describing', `${p}.body.purpose`);
    const format = field(b, 'format');
    if (format !== undefined) exactly(format, 'text/plain', `${p}.body.format`);
    label = text(field(b, 'value'), `${p}.body.value`, MAX_LABEL, true);
  }
  const tp = `${p}.target`;
  const target = object(field(a, 'target'), tp);
  text(field(target, 'source'), `${tp}.source`, MAX_SOURCE);
  const s = object(field(target, 'selector'), `${tp}.selector`);
  exactly(field(s, 'type'), 'FragmentSelector', `${tp}.selector.type`);
  const paragraphId = text(field(s, 'value'), `${tp}.selector.value`, MAX_NAME);
  const offset = position(field(s, 'refinedBy'), `${tp}.selector.refinedBy`).start;
  return { id, paragraphId, offset, label, created };
}

/**
 * Checks an export file strictly and turns it into records; never throws. Errors name where and what is wrong
 * (up to 20 of them), in `lang` (the interface language unless given). Nothing from the file is stored here:
 * pass `data` to importAll.
 */
export function parseImport(input: string, lang: Language = uiLanguage()): ImportResult {
  const say: Say = transferText.in(lang);
  if (typeof input !== 'string') return { ok: false, errors: [say('notText')] };
  if (input.length > MAX_IMPORT_CHARS) {
    const count = String(input.length);
    return { ok: false, errors: [say('tooLarge', { count, max: String(MAX_IMPORT_CHARS) })] };
  }
  let json: unknown;
  try {
    json = JSON.parse(input);
  } catch (error) {
    return { ok: false, errors: [say('notJson', { why: (error as Error).message })] };
  }
  const errors: string[] = [];
  const data: Annotations = { highlights: [], bookmarks: [], tombstones: [] };
  try {
    const root = object(json, WHOLE_FILE);
    const context = field(root, '@context');
    if (context !== ANNOTATION_CONTEXT && !(Array.isArray(context) && context[0] === ANNOTATION_CONTEXT)) {
      fail('@context', 'notExactly', { expected: ANNOTATION_CONTEXT, got: new Got(context) });
    }
    exactly(field(root, 'type'), 'AnnotationCollection', 'type');
    const first = object(field(root, 'first'), 'first');
    exactly(field(first, 'type'), 'AnnotationPage', 'first.type');
    const items = list(field(first, 'items'), 'first.items', MAX_IMPORT_ITEMS);
    const total = count(field(root, 'total'), 'total');
    if (total !== items.length) fail('total', 'totalDiffers', { total: String(total), length: String(items.length) });
    const seen = new Map<string, number>();
    items.forEach((value, i) => {
      if (errors.length >= MAX_ERRORS) return;
      const p = `first.items[${i}]`;
      try {
        const a = object(value, p);
        exactly(field(a, 'type'), 'Annotation', `${p}.type`);
        const id = uuid(field(a, 'id'), `${p}.id`);
        const before = seen.get(id);
        if (before !== undefined) fail(`${p}.id`, 'repeatedId', { other: `first.items[${before}]` });
        seen.set(id, i);
        const created = date(field(a, 'created'), `${p}.created`);
        const motivation = field(a, 'motivation');
        if (motivation === 'bookmarking') data.bookmarks.push(parseBookmark(a, p, id, created));
        else if (motivation === 'highlighting' || motivation === 'commenting') {
          data.highlights.push(parseHighlight(a, p, id, created));
        } else {
          fail(`${p}.motivation`, 'notMotivation', { got: new Got(motivation) });
        }
      } catch (error) {
        if (!(error instanceof Invalid)) throw error;
        errors.push(word(error, say));
      }
    });
    // The removals: our extension of the collection (see w3c.ts). Absent in files of other tools and older ones.
    const removals = field(root, DELETED_KEY);
    if (removals !== undefined) {
      list(removals, DELETED_KEY, MAX_IMPORT_DELETED).forEach((value, i) => {
        if (errors.length >= MAX_ERRORS) return;
        const p = `${DELETED_KEY}[${i}]`;
        try {
          const r = object(value, p);
          const id = uuid(field(r, 'id'), `${p}.id`);
          const before = seen.get(id);
          if (before !== undefined) fail(`${p}.id`, 'repeatedId', { other: `first.items[${before}]` });
          if (seen.has(`deleted:${id}`)) fail(`${p}.id`, 'removedTwice');
          seen.set(`deleted:${id}`, i);
          data.tombstones.push({ id, deleted: date(field(r, 'deleted'), `${p}.deleted`) });
        } catch (error) {
          if (!(error instanceof Invalid)) throw error;
          errors.push(word(error, say));
        }
      });
    }
  } catch (error) {
    if (!(error instanceof Invalid)) throw error;
    errors.push(word(error, say));
  }
  return errors.length ? { ok: false, errors } : { ok: true, data };
}

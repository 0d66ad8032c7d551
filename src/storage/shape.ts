// First bundle: the one set of shape checks, for stored records (the readers check every record before handing it
// to the UI) and for import files (transfer/parse.ts builds its error messages on them).
import {
  type Bookmark,
  HIGHLIGHT_COLORS,
  type Highlight,
  type ReadingPosition,
  type Tombstone,
} from '../shared/types.ts';

/** A plain JSON object (not null, not an array), read key by key. */
export type Obj = Record<string, unknown>;

/** Whether `v` is a plain JSON object: not null, not an array. */
export const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isStr = (v: unknown): v is string => typeof v === 'string';
/** Whether `v` is a whole number ≥ 0 (an offset or a count). */
export const isCount = (v: unknown): v is number => Number.isSafeInteger(v) && (v as number) >= 0;

/** An ISO 8601 date-time with a zone, as `Date.prototype.toISOString` writes it (and as other tools export). */
export const isDate = (v: unknown): v is string =>
  isStr(v) && /^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d(\.\d+)?)?(Z|[+-]\d\d:\d\d)$/.test(v) && !Number.isNaN(Date.parse(v));

/** Whether `a` is strictly later than `b`; both are ISO dates. */
export const isLater = (a: string, b: string): boolean => Date.parse(a) > Date.parse(b);

/** Whether a stored value still has the Highlight shape. */
export function isHighlight(v: unknown): v is Highlight {
  if (!isObj(v) || !isObj(v.anchor)) return false;
  const { paragraphId, quote, position, contentVersion } = v.anchor;
  return (
    isStr(v.id) &&
    HIGHLIGHT_COLORS.includes(v.color as Highlight['color']) &&
    isStr(v.note) &&
    isDate(v.created) &&
    isDate(v.modified) &&
    isStr(paragraphId) &&
    isStr(contentVersion) &&
    isObj(quote) &&
    quote.type === 'TextQuoteSelector' &&
    isStr(quote.exact) &&
    isStr(quote.prefix) &&
    isStr(quote.suffix) &&
    isObj(position) &&
    position.type === 'TextPositionSelector' &&
    isCount(position.start) &&
    isCount(position.end)
  );
}

/** Whether a stored value still has the Bookmark shape. */
export function isBookmark(v: unknown): v is Bookmark {
  return isObj(v) && isStr(v.id) && isStr(v.paragraphId) && isCount(v.offset) && isStr(v.label) && isDate(v.created);
}

/** Whether a stored value still has the Tombstone shape. */
export function isTombstone(v: unknown): v is Tombstone {
  return isObj(v) && isStr(v.id) && isDate(v.deleted);
}

/** Whether a stored value still has the ReadingPosition shape. */
export function isPosition(v: unknown): v is ReadingPosition {
  return isObj(v) && isStr(v.paragraphId) && isCount(v.offset) && isDate(v.updated);
}

/** What a list function found: the good records, and how many it had to leave out because they were corrupt. */
export interface Listed<T> {
  items: T[];
  skipped: number;
}

/** Keeps the records that pass `check`; the count of the others is reported so the UI can say so. */
export function keepValid<T>(values: readonly unknown[], check: (v: unknown) => v is T): Listed<T> {
  const items = values.filter(check);
  return { items, skipped: values.length - items.length };
}

/**
 * Export and import (lazy chunk, src/storage/transfer): the exported Markdown's headings and what is wrong with a
 * file that cannot be imported. English: the reference (ru/tg must match keys and placeholders).
 *
 * Import problems name the place in the file first: `{path}` is a JSON path (`first.items[3].target`), and
 * quoted values ("Annotation", `{expected}`), `{got}` when it is a quoted string, and every number are the
 * file's own, never translated. Numbers come unformatted (as the file writes them, as in the paths).
 */
export const transfer = {
  /** The Markdown export's section headings (`## Highlights`). */
  mdHighlights: 'Highlights',
  mdBookmarks: 'Bookmarks',

  /** Problems with the whole file. `{why}`: the browser's own JSON error, in its language. */
  notText: 'The file could not be read as text.',
  tooLarge: {
    one: 'The file is too large ({count} character; at most {max}).',
    other: 'The file is too large ({count} characters; at most {max}).',
  },
  notJson: 'The file is not valid JSON (it may be cut short): {why}',
  /** The path of the file as a whole, when it is not even an object. */
  wholeFile: '(file)',

  /** Problems at one place in the file. */
  notObject: '{path}: must be an object, got {got}',
  notString: '{path}: must be a string, got {got}',
  notNonEmptyString: '{path}: must be a non-empty string, got {got}',
  /** `{count}`: the most allowed; `{length}`: what the file has. */
  tooLong: {
    one: '{path}: must be at most {count} character, got {length}',
    other: '{path}: must be at most {count} characters, got {length}',
  },
  tooMany: {
    one: '{path}: must hold at most {count} entry, got {length}',
    other: '{path}: must hold at most {count} entries, got {length}',
  },
  notCount: '{path}: must be a whole number ≥ 0, got {got}',
  notDate: '{path}: must be an ISO 8601 date-time such as 2026-11-29T10:00:00Z, got {got}',
  notExactly: '{path}: must be "{expected}", got {got}',
  notUuid: '{path}: must be "urn:uuid:" followed by a UUID, got {got}',
  notArray: '{path}: must be an array, got {got}',
  endBeforeStart: '{path}: must not be before start ({start}), got {end}',
  /** `{colours}`: the allowed tags, "color:yellow, color:green, …". */
  notColour: '{path}: must be a colour tag, one of {colours}; got {got}',
  secondNote: '{path}: a highlight has one note; this is a second one',
  notPurpose: '{path}: must be "tagging" (colour) or "commenting" (note), got {got}',
  notSelector: '{path}: must be one TextQuoteSelector and one TextPositionSelector, got {got}',
  /** `{selector}`: TextQuoteSelector or TextPositionSelector. */
  noSelector: '{path}: must include a {selector}',
  notMotivation: '{path}: must be "highlighting", "commenting" or "bookmarking", got {got}',
  totalDiffers: '{path}: says {total} but first.items holds {length} (is the file complete?)',
  /** `{other}`: the path of the first item with that id. */
  repeatedId: '{path}: repeats the id of {other}',
  removedTwice: '{path}: is listed as removed twice',

  /** `{got}` when the value is not a string of up to 40 characters (those are quoted as they are, as is null). */
  gotArray: 'an array',
  gotObject: 'an object',
  gotLongString: { one: 'a string of {count} character', other: 'a string of {count} characters' },
  gotNumber: 'number {value}',
  gotBoolean: 'boolean {value}',
  /** The field is absent. */
  gotNothing: 'undefined',
} as const;

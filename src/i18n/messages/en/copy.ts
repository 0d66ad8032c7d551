/** Save a copy (lazy chunk): the dialog and the words inside the one-file edition. English: the reference (ru/tg must match keys and placeholders). */
export const copy = {
  /** Notices after `Save a copy` (src/passiton/copy/index.ts). `{name}` is the file's name. */
  downloaded: 'Saved {name}. It opens in any browser, with no connection and no app.',
  shared: 'Copy shared.',
  failed: 'The copy could not be made: {reason}',
  /** Reasons in `failed`. */
  noArticle: 'the page has no article',
  cannotDraw: 'this browser cannot draw the photos',

  /** Inside the one-file edition (src/passiton/copy/make-copy.ts), in the language of the page it was saved from. */
  readerNotes: 'My highlights and notes',
  readerNotesIntro: 'Marked in the text above by the reader who saved this copy; not part of the article.',
  /** In the list of the reader's highlights, for a highlight without a note. */
  noNote: '(no note)',
  /** The copy's footer. */
  offline: 'This file is the whole edition: it needs no connection and no app, and loads nothing.',
  savedFrom: 'Saved from {origin} on {date}.',
  version: 'Content version {version}.',
  /** The copy map's accessible name: the map section's heading and the places it shows. */
  mapTitle: '{heading}: {places}',
} as const;

/**
 * The reader around the article (first bundle): toolbar, selection bar, highlight sheet, highlights and
 * bookmarks panels, reading settings, notices, the Pass it on and Your data buttons, and the reader
 * controllers' messages. English: the reference (ru/tg must match keys and placeholders).
 */
export const reader = {
  /** Toolbar. Names from ../shared/CONTRACT.md beside the repository. */
  listen: 'Listen',
  listenPlay: 'Read the article aloud from here',
  listenPause: 'Pause reading aloud',
  bookmark: 'Bookmark',
  bookmarkAdd: 'Bookmark this place',
  bookmarkRemove: 'Remove the bookmark here',
  bookmarks: 'Bookmarks',
  highlights: 'Highlights',
  /** The Listen chunk failed to load (src/reader/controllers/listen.ts). */
  listenFailed: 'Listen could not be loaded. Reload the page and try again.',
  readingSettings: 'Reading settings',
} as const;

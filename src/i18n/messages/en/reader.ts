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
  /** Also the Bookmarks dialog's title. */
  bookmarks: 'Bookmarks',
  /** Also the Highlights dialog's title. */
  highlights: 'Highlights',
  /** A panel's code could not be fetched on its first opening (src/reader/later.tsx). */
  partNotLoaded: 'This part of the app could not be loaded. Check the connection, then try again.',
  /** The Listen chunk failed to load (src/reader/controllers/listen.ts). */
  listenFailed: 'Listen could not be loaded. Reload the page and try again.',
  /** Also the reading settings dialog's title. */
  readingSettings: 'Reading settings',

  /** Every panel's close button (src/reader/Dialog). */
  close: 'Close',
  cancel: 'Cancel',
  /** A notice's action that takes back a removal. */
  undo: 'Undo',
  /** Closes a notice. */
  dismiss: 'Dismiss',

  /** The selection bar (src/reader/SelectionBar): its toolbar's name, the colour choice, the button, a hint. */
  selectedText: 'Selected text',
  highlightColour: 'Highlight colour',
  /** The colour swatches' names (selection bar and highlight sheet). */
  yellow: 'yellow highlight',
  green: 'green highlight',
  blue: 'blue highlight',
  pink: 'pink highlight',
  highlight: 'Highlight',
  selectionHint: 'Keyboard: Enter highlights',

  /** The highlight sheet (src/reader/HighlightSheet). Its name says which highlight it is about. */
  sheetName: 'Highlight: “{quote}”',
  /** The note's text box. */
  note: 'Note',
  saveNote: 'Save note',
  noteSaved: 'Note saved.',
  /** The colour swatches' group in the sheet. */
  colour: 'Colour',
  editNote: 'Edit note',
  addNote: 'Add note',
  copy: 'Copy',
  copyLink: 'Copy link',
  cite: 'Cite this passage',
  share: 'Share',
  removeHighlight: 'Remove highlight',
  done: 'Done',
  textCopied: 'Text copied.',
  linkCopied: 'Link copied.',
  /** The clipboard refused: the text is shown so the reader can copy it by hand. */
  textNotCopied: 'This browser did not allow copying. Text: {text}',
  linkNotCopied: 'This browser did not allow copying. Link: {text}',

  /** The Highlights panel (src/reader/HighlightsPanel). */
  noHighlights: 'No highlights yet. Select text in the article, then press Highlight.',
  highlightCount: { one: '{count} highlight', other: '{count} highlights' },
  /** While searching: how many highlights there are, and how many match. */
  highlightsMatching: {
    one: '{count} highlight, {matching} matching',
    other: '{count} highlights, {matching} matching',
  },
  searchHighlights: 'Search highlights and notes',
  unplaced: 'Could not be placed',
  unplacedWhy:
    "The article's text changed, and these passages no longer match it closely enough to be placed safely. They are kept here with their notes.",
  goToPassage: 'Go to passage',
  exportOrImport: 'Export or import your highlights',

  /** The Bookmarks panel (src/reader/BookmarksPanel). */
  noBookmarks: 'No bookmarks yet. Press Bookmark while reading to mark your place.',
  /** A bookmark at a paragraph with no text. */
  emptyParagraph: '(empty paragraph)',
  goToBookmark: 'Go to bookmark',
  removeBookmark: 'Remove bookmark',
  bookmarked: 'Bookmarked.',
  bookmarkRemoved: 'Bookmark removed.',
  highlightRemoved: 'Highlight removed.',

  /** Reading settings (src/reader/SettingsPanel). */
  theme: 'Theme',
  /** The theme that follows the device's light or dark setting. */
  themeSystem: 'Device',
  themeLight: 'Light',
  themeDark: 'Dark',
  textSize: 'Text size',

  /** Pass it on (src/reader/PassItOn): the buttons; their dialogs are in the lazy areas. */
  passItOnIntro: 'Take the article with you, or pass it on without a connection.',
  saveCopy: 'Save a copy',
  copyWithHighlights: 'Include my highlights and notes in the copy',
  shareHighlights: 'Share highlights',
  citeArticle: 'Cite',
  /** `{what}` is the name of the button that was pressed. */
  couldNotStart: '{what} could not start: {why}',

  /** Your data (src/reader/YourData and controllers/your-data.ts). */
  nothingSaved: 'Nothing saved yet.',
  itemsSaved: { one: '{count} item saved on this device.', other: '{count} items saved on this device.' },
  exportWhy: 'Export them to keep a copy or move them to another device; the file is a W3C Web Annotation collection.',
  export: 'Export',
  exportMarkdown: 'Export as Markdown',
  import: 'Import',
  deleteFromDevice: 'Delete from this device…',
  /** Counted nouns put into the delete question and its confirmation (`{highlights}`, `{bookmarks}`). */
  highlightsN: { one: '{count} highlight', other: '{count} highlights' },
  bookmarksN: { one: '{count} bookmark', other: '{count} bookmarks' },
  deleteQuestion:
    'Delete {highlights} (with their notes) and {bookmarks} from this device? This cannot be undone. The article stays available offline.',
  exportFirst: 'Export first',
  deleteEverything: 'Delete everything',
  deleted: 'Deleted {highlights} and {bookmarks} from this device.',
  notDeleted: 'Nothing was deleted: {why}',
  /** An import file over the size limit; `{size}` in megabytes. */
  tooLarge: '{name} is {size} MB; an export of this app is far smaller. Nothing was changed.',
  /** Followed, on their own lines, by what is wrong with the file. */
  refused: '{name} cannot be imported, so nothing was changed:',
  notImported: '{name} could not be saved, so nothing was changed: {why}',
  imported: 'Imported {name}: {added} added, {updated} updated, {unchanged} already here.',
  importedRemoved: 'Imported {name}: {added} added, {updated} updated, {unchanged} already here, {removed} removed.',

  /** Saving on this device (src/reader/controllers/database.ts). */
  newerTab: 'A newer version of the reader is open in another tab. Reload this tab to keep saving.',
  reload: 'Reload',
  noStart: 'Saving on this device failed to start. Reading works; highlights cannot be saved right now.',
  /** In the Highlights panel while saving is off; `{why}` is a storage error's message (offline.ts). */
  cannotSave: 'Highlights cannot be saved: {why}',
  /** The alert when saving cannot start; `{why}` as above. */
  cannotSaveAlert: 'Highlights cannot be saved. {why}',
  saveFailed: 'Saving failed, so nothing was changed: {why}',
  /** A read failed; `{what}` is one of the five names below. */
  unreadable: '{what} could not be read ({why}). Everything else works.',
  savedHighlights: 'Your saved highlights',
  savedBookmarks: 'Your bookmarks',
  savedSettings: 'Your settings',
  savedPosition: 'Where you stopped reading',
  savedRemovals: 'The list of removed highlights',
  damaged: {
    one: '{count} saved highlight was damaged and could not be read; the others are here.',
    other: '{count} saved highlights were damaged and could not be read; the others are here.',
  },

  /** In the map's place when its chunk fails to load (src/reader/controllers/map.ts). */
  mapFailed: 'The map could not be loaded ({why}). The places are listed below.',
} as const;

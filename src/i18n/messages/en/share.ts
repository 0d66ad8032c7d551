/** Share highlights and a shared link arriving (lazy chunks): the dialog, the QR code, the prompt. English: the reference (ru/tg must match keys and placeholders). */
export const share = {
  /** The `Share highlights` dialog (src/passiton/ShareDialog/): title and accessible name (../shared/CONTRACT.md). */
  title: 'Share highlights',
  none: 'You have no highlights to share yet. Select a passage in the article and press Highlight.',
  /** Highlights whose passage is no longer in the text; the link leaves them out. */
  unplaced: {
    one: '{count} highlight that no longer fit the text is left out.',
    other: '{count} highlights that no longer fit the text are left out.',
  },
  includeNotes: 'Include notes',
  /** The read-only textbox holding the link (../shared/CONTRACT.md). */
  link: 'Link',
  copyLink: 'Copy link',
  copied: 'Link copied.',
  noCopy: 'This browser did not allow copying; the link is selected, copy it from the box.',
  /** The QR code image's alternative text (../shared/CONTRACT.md). */
  qrCode: 'QR code',
  /** Caption under the QR code. */
  scan: 'Another phone can open the link by pointing its camera at this code. No connection is needed to add them.',
  /** Instead of the QR code when the link does not fit one. */
  tooBig: {
    one: '{count} highlight is too many for one QR code. Send the link itself, or export a file and send that.',
    other: '{count} highlights are too many for one QR code. Send the link itself, or export a file and send that.',
  },
  exportInstead: 'Export a file instead',
  privacy: 'The highlights travel inside the link (after the #), which browsers never send to a server.',

  /** The question a shared link asks (src/passiton/SharedPrompt.tsx): title and accessible name. */
  promptTitle: 'Shared highlights',
  promptQuestion: {
    one: 'Add {count} highlight from a shared link?',
    other: 'Add {count} highlights from a shared link?',
  },
  promptNote: 'They are added to the highlights on this device; nothing is sent anywhere.',
  promptAdd: 'Add highlights',
  promptCancel: 'Not now',
  /** After the first few shared passages listed. */
  promptMore: '…and {count} more.',

  /** Notices after a shared link opened (src/passiton/incoming.tsx). `{reason}` is one of the `damaged…` below. */
  unreadable: 'This shared link cannot be read: {reason}. Nothing was changed.',
  alreadyHere: {
    one: 'The highlight from this link is already here.',
    other: 'All {count} highlights from this link are already here.',
  },
  added: {
    one: 'Added {count} highlight from the shared link.',
    other: 'Added {count} highlights from the shared link.',
  },
  addedAndUpdated: {
    one: 'Added {count} highlight from the shared link, updated {updated}.',
    other: 'Added {count} highlights from the shared link, updated {updated}.',
  },
  nothingAdded: 'Nothing was added: these highlights are already here or were removed on this device.',

  /** Why a share link is refused (src/passiton/share-link.ts), shown as `{reason}` in `unreadable`. */
  damagedUnreadable: 'the link could not be read',
  damagedCharacter: 'the link holds a character (“{char}”) that no share link has',
  damagedCutShort: 'the link is cut short',
  damagedNumberTooLong: 'a number in the link is too long',
  damagedEmpty: 'the link holds no highlights',
  damagedTooLong: 'the link is far longer than any share link',
  damagedFormat: 'it was made by another version of this reader, or it is damaged',
  damagedCount: 'the number of highlights in it cannot be right',
  damagedNoteTooLong: 'a note in it is too long',
  damagedNoteNotText: 'a note in it is not text',
  damagedPastEnd: 'it points past the end of the article',
  damagedMismatch: 'a passage in it does not match the article (the link is damaged)',
  damagedOtherVersion: 'it was made for another version of the article, and its passages no longer match',
  damagedTwice: 'it names the same passage twice',
  damagedExtraData: 'it has extra data at the end (the link is damaged)',
} as const;

/**
 * Offline status, Install (and the iPhone/iPad hint), the update prompt, storage details, and the storage errors
 * src/storage/errors.ts words for the reader (first bundle). English: the reference (ru/tg must match keys and
 * placeholders).
 */
export const offline = {
  /** The status line under the app bar (src/offline/OfflineStatus). Names from ../shared/CONTRACT.md. */
  saving: 'Saving for offline…',
  savingProgress: 'Saving for offline… {done} of {total}',
  ready: 'Available offline',
  /** `{what}`: a list of the kinds below, joined by ", " ("2 photos, 1 script"). */
  missing: 'Missing offline: {what}',
  /** Not even the service worker is stored: nothing can be vouched for. */
  notSaved: 'Not saved for offline yet',
  unsupported: 'This browser cannot keep a copy for offline reading',
  /** A build that retires the service worker (VITE_RETIRE_SW). */
  retired: 'Offline copy switched off for this version',
  retry: 'Retry',
  /** What is missing, by kind (src/offline/missing.ts). */
  photos: { one: '{count} photo', other: '{count} photos' },
  pages: { one: '{count} page', other: '{count} pages' },
  mapFiles: { one: '{count} map file', other: '{count} map files' },
  scripts: { one: '{count} script', other: '{count} scripts' },
  styles: { one: '{count} style', other: '{count} styles' },
  icons: { one: '{count} icon', other: '{count} icons' },
  fonts: { one: '{count} font', other: '{count} fonts' },
  files: { one: '{count} file', other: '{count} files' },

  /** The Install button; iOS Safari has no install prompt, so it shows the hint instead. */
  install: 'Install',
  /** `{action}` (installAction) is shown in bold: the menu item as the phone names it. */
  installHint:
    'Tap Share, then {action}. Do it before saving highlights: Safari and the Home Screen app keep separate copies.',
  installAction: 'Add to Home Screen',

  /** The new-version prompt (src/offline/UpdatePrompt): one of the four, then one of the next two. */
  updateWaiting: 'A new version is ready.',
  updateReloading: 'Switching to the new version…',
  updateElsewhere: 'A new version is running in another tab.',
  updateStale: 'Part of the app moved to a new version.',
  updateSaveNote: 'Save your note first: reloading would lose unsaved text.',
  updateDataStays: 'Your highlights and notes stay.',
  reload: 'Reload',

  /** Storage details in the reading settings (src/offline/StorageDetails). "Export"/"Import": the buttons. */
  storageTitle: 'Storage on this device',
  /** `{used}`, `{quota}`: sizes as below ("1.2 MB"). */
  storageUsing: 'Using {used} of {quota} this browser allows.',
  storageUnknown: 'This browser does not say how much space it allows.',
  persistGranted:
    'Kept: this browser promised not to delete your highlights, notes and offline copy when space runs low.',
  persistRefused:
    'Not guaranteed: if the phone runs out of space, this browser may delete your highlights, notes and offline copy. Installing the app usually earns a promise to keep them; Export saves a copy of your notes.',
  persistUnsupported:
    'This browser cannot promise to keep your highlights and notes; use Export now and then to save a copy.',
  keepData: 'Keep my data',
  /** Firefox answers only after the reader answers its permission prompt. */
  persistAsking: 'Your browser may ask you first: answer its question (next to the address bar) to keep your data.',
  /** WebKit's seven-day rule (sources in src/offline/webkit.ts). */
  webkitNote:
    'Safari, and every browser on iPhone and iPad, can delete this site’s data (your highlights, notes and the offline copy) after seven days of use without a visit here. Installed, the app keeps its own data: on iPhone and iPad tap Share, then Add to Home Screen; on a Mac choose File, then Add to Dock. And use Export now and then to keep a copy.',
  iosNote:
    'On iPhone and iPad, Safari and the Home Screen app keep separate data: install first (Share → Add to Home Screen), then save highlights there. Already saved some here? Use Export, then Import in the app.',
  /** Byte sizes in decimal units, as phones show them; `{size}` is already a number in the language. */
  bytes: '{size} B',
  kilobytes: '{size} kB',
  megabytes: '{size} MB',
  gigabytes: '{size} GB',
  terabytes: '{size} TB',

  /** src/storage/errors.ts: why saving does not work (the reader's notices show them). */
  storageUnavailable:
    'This browser does not let the reader save anything on this device (private mode or storage turned off).',
  storageBlocked: 'The reader is open in another tab with an older version. Close or reload that tab to keep saving.',
  storageOutdated: 'A newer version of the reader has updated your saved data. Reload this page to keep saving.',
  storageUpgrade:
    'Your saved highlights could not be updated for this version of the reader. They are unchanged; saving is off for now.',
  storageFull: 'This device is out of storage space, so this change was not saved. Free some space and try again.',
} as const;

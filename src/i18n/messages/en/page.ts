/**
 * The prerendered page's own words (build time only: index.html's chrome and the article's frame), one page
 * per language (`/`, `/ru/`, `/tg/`). English: the reference (ru/tg must match keys and placeholders).
 */
export const page = {
  /** The toggle that shows or hides the edition's translations (../shared/CONTRACT.md beside the repository, "Languages"). */
  translationToggle: 'Translation',
  /** In "About this edition": who made the translations, and that the author has not reviewed them. */
  translationAbout: {
    one: 'The Russian and Tajik translations ({count} passage each) are this edition’s, machine-assisted, and not reviewed by the author. Quote the author’s English.',
    other:
      'The Russian and Tajik translations ({count} passages each) are this edition’s, machine-assisted, and not reviewed by the author. Quote the author’s English.',
  },
  /** index.html: the first link, for keyboard and screen-reader users. */
  skipLink: 'Skip to the article',
  /** index.html: the app bar's short title (a link to the article's title). */
  appTitle: 'Belt and Road in Central Asia',
  /** The installed app (src/build/manifest.ts, one manifest per page): its name, its name under the home-screen icon (short: about 12 letters show), its description. */
  appName: 'Belt and Road in Central Asia — offline reader',
  appShortName: 'BRI Reader',
  appDescription:
    'Maria Danilovich’s article on China’s Belt and Road Initiative in Central Asia, with its photos and map, readable offline. Highlights and notes stay on this device.',
  /** The page's meta description, for search engines and link previews. */
  description: '{title}, by {author} ({affiliation}). Readable offline.',
  passItOnTitle: 'Pass it on',
  passItOnNoScript: 'Saving a copy, sharing highlights and citing need JavaScript.',
  yourDataTitle: 'Your highlights, notes and bookmarks',
  yourDataNoScript: 'They are kept only on this device. Saving them needs JavaScript.',
  footer:
    'A reading edition for readers with little or no connection. Your highlights, notes and bookmarks stay on this device; nothing is sent anywhere.',
  noScript: 'Reading works without JavaScript; highlights, notes, offline saving and the interactive map need it.',
  /** The footer's links to the other languages' pages (they work without JavaScript). */
  otherLanguages: 'This edition in other languages',
  /** The Language select's label (../shared/CONTRACT.md, "Languages"). */
  language: 'Language',
  /** Under the title; `{author}` is the author's name, marked up by the page. */
  byline: 'By {author}',
  /** The edition's note at the end of the article (its accessible name). */
  aboutEdition: 'About this edition',
  /** On a stand-in image, and before its note. */
  standIn: 'Stand-in image',
  standInNote: 'drawn by this edition because the author’s photo is not available.',
  showOnMap: 'Show on map',
} as const;

/**
 * English interface strings (the reference catalogue: ru.ts and tg.ts must have the same keys and the same
 * `{placeholders}`). A counted message is an object with one form per plural category of the language.
 * Today this holds the strings of the translation feature; the rest of the interface moves here next.
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
} as const;

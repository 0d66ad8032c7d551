/** Cite (lazy chunk): the dialog and its style names. English: the reference (ru/tg must match keys and placeholders). */
export const cite = {
  /** The dialog's title and accessible name (../shared/CONTRACT.md). */
  title: 'Cite',
  intro:
    'The source gives no publication date and no page numbers: references say “n.d.”, and passages are cited by paragraph number.',
  /** Above the references when one passage (a highlight) is cited. */
  passage: 'This passage, paragraph {paragraph}',
  /** Each style's button; its accessible description is the style's name. */
  copy: 'Copy',
  /** In place of a reference while the citation engine formats it. */
  preparing: 'Preparing…',
  copied: '{style} reference copied.',
  noCopy: 'This browser did not allow copying; the reference is selected, copy it from there.',
  /** Style names: each style's heading and region name. The references themselves follow their style, not the interface. */
  styleApa: 'APA 7',
  styleChicago: 'Chicago (notes and bibliography)',
  styleGost: 'GOST R 7.0.100-2018',
  styleBibtex: 'BibTeX',
  styleRis: 'RIS',
  styleCslJson: 'CSL-JSON',
} as const;

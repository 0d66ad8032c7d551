/**
 * The saved things and their anchors, shared by storage, annotations, the reader UI and transfer.
 * Plain JSON-serialisable records only: they go into IndexedDB and into export files as they are.
 */
import type { Language } from '../i18n/languages.ts';

/** W3C Web Annotation TextQuoteSelector: the quoted text with about 32 characters of context each side. */
interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
}

/** W3C Web Annotation TextPositionSelector: offsets into the article's text model (see annotations/text-model). */
interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

/** Everything needed to find a passage again, even in a revised article. */
export interface Anchor {
  /** Id of the paragraph where the passage starts (`p` element id in the article). */
  paragraphId: string;
  quote: TextQuoteSelector;
  position: TextPositionSelector;
  /** The article's content version when the anchor was made (`data-content-version` on the article). */
  contentVersion: string;
}

export const HIGHLIGHT_COLORS = ['yellow', 'green', 'blue', 'pink'] as const;
export type HighlightColor = (typeof HIGHLIGHT_COLORS)[number];

export interface Highlight {
  /** A UUID; also the annotation id in exports (`urn:uuid:<id>`). */
  id: string;
  anchor: Anchor;
  color: HighlightColor;
  /** Plain text, never HTML. Empty string when there is no note. */
  note: string;
  /** ISO 8601 timestamps. */
  created: string;
  modified: string;
}

export interface Bookmark {
  id: string;
  paragraphId: string;
  /** Character offset inside the paragraph's text where the reader was. */
  offset: number;
  /** A short excerpt of the paragraph, shown in the list. */
  label: string;
  created: string;
}

/**
 * What is kept of a removed highlight or bookmark: its id and when it was removed, so the removal travels in
 * exports and an older copy of the record never comes back (see src/storage/versions.ts).
 */
export interface Tombstone {
  id: string;
  /** ISO 8601: when it was removed. */
  deleted: string;
}

/** Where the reader stopped: a paragraph and a character offset, never pixels. */
export interface ReadingPosition {
  paragraphId: string;
  offset: number;
  updated: string;
}

export type Theme = 'system' | 'light' | 'dark';

export interface Settings {
  theme: Theme;
  /** Text size as a percentage of the default, e.g. 100, 112, 125. */
  textSize: number;
  /** The optional online map layer; off unless the reader turns it on. */
  onlineMap: boolean;
  /** Listen: the chosen voice's `voiceURI`; empty for the automatic choice (an offline voice of the text's language). */
  voice: string;
  /** Listen: the speech rate, 1 = the voice's normal speed. */
  speechRate: number;
  /**
   * Whether the edition's translations show under the author's paragraphs; null until the reader chooses,
   * and then the interface language decides (translationsShownByDefault in src/i18n/languages.ts).
   */
  translation: boolean | null;
  /**
   * The interface language the reader picked with the Language select; null until they do, and then the
   * browser's preferred languages decide (preferredLanguage in src/i18n/languages.ts).
   */
  language: Language | null;
}

export const DEFAULT_SETTINGS: Settings = {
  theme: 'system',
  textSize: 100,
  onlineMap: false,
  voice: '',
  speechRate: 1,
  translation: null,
  language: null,
};

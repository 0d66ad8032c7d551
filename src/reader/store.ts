// First bundle: the reader islands' shared state.
import type { Bookmark, Highlight, HighlightColor, Settings } from '../shared/types.ts';
import { createStore } from '../shared/store.ts';
import { DEFAULT_SETTINGS } from '../shared/types.ts';

type Panel = 'highlights' | 'bookmarks' | 'settings' | null;

export interface Notice {
  text: string;
  /** alert: something failed and the reader must know; status: a polite confirmation. */
  kind: 'alert' | 'status';
  action?: { label: string; run: () => void };
}

export interface Placement {
  start: number;
  end: number;
}

interface AppState {
  /** Whether highlights can be saved here; reading never depends on it. */
  storage: 'opening' | 'ready' | 'unavailable';
  storageProblem: string;
  highlights: Highlight[];
  /** Where each highlight sits in the current text; null: it could not be placed. */
  placement: Record<string, Placement | null>;
  bookmarks: Bookmark[];
  settings: Settings;
  /** The article selection as text-model offsets, while there is one. */
  selection: Placement | null;
  /** The colour the next highlight gets. */
  highlightColor: HighlightColor;
  activeHighlight: string | null;
  /** True while a note is being edited: updates wait, nothing reloads. */
  writing: boolean;
  /** The paragraph being read (for the Bookmark toggle). */
  currentParagraph: string | null;
  panel: Panel;
  notice: Notice | null;
  /** Listen (src/listen): off, loading its chunk and voices, reading aloud, or paused at a sentence. */
  listening: 'off' | 'loading' | 'playing' | 'paused';
}

const store = createStore<AppState>({
  storage: 'opening',
  storageProblem: '',
  highlights: [],
  placement: {},
  bookmarks: [],
  settings: DEFAULT_SETTINGS,
  selection: null,
  highlightColor: 'yellow',
  activeHighlight: null,
  writing: false,
  currentParagraph: null,
  panel: null,
  notice: null,
  listening: 'off',
});

/** The current state (never mutate it; use setState). */
export const getState = store.get;

/** Merges a change into the state and re-renders the islands that read it. */
export const setState = store.set;

/** Reads a slice of the state and re-renders when it changes. */
export const useAppState = store.use;

/** Shows a notice; alerts stay until dismissed, confirmations fade after a while. */
export function notify(notice: Notice, ms = notice.kind === 'alert' ? 0 : 6000): void {
  setState({ notice });
  if (ms) {
    setTimeout(() => {
      if (getState().notice === notice) setState({ notice: null });
    }, ms);
  }
}

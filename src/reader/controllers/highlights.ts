// First bundle: highlights as the reader makes and sees them: storage, anchoring and marks joined up.
import { attachAll, describe as describeAnchor } from '../../annotations/anchoring';
import { passageUrl } from '../../annotations/fragment';
import {
  drawHighlight,
  marksOf,
  removeAllHighlights,
  removeHighlight,
  setHighlightColor,
} from '../../annotations/marks';
import { subscribe } from '../../storage/broadcast';
import * as store from '../../storage/highlights';
import type { Highlight, HighlightColor } from '../../shared/types';
import { getState, notify, type Placement, setState } from '../store';
import { requestPersistence } from '../../offline';
import { articleEl, contentVersion, liveSelection, textModel } from './article';
import { db, reportWriteError } from './database';

const byReadingOrder = (placement: Record<string, Placement | null>) => (a: Highlight, b: Highlight) =>
  (placement[a.id]?.start ?? Number.MAX_SAFE_INTEGER) - (placement[b.id]?.start ?? Number.MAX_SAFE_INTEGER) ||
  a.created.localeCompare(b.created);

/** Loads every saved highlight, re-attaches it to the current text and draws the ones that fit. */
export async function loadHighlights(): Promise<void> {
  const handle = await db();
  if (!handle) return;
  const { items, skipped } = await store.listHighlights(handle);
  const model = textModel();
  const found = attachAll(
    model,
    items.map((h) => h.anchor),
  );
  const placement: Record<string, Placement | null> = {};
  const root = articleEl();
  removeAllHighlights(root);
  items.forEach((h, i) => {
    const at = found[i] ?? null;
    placement[h.id] = at ? { start: at.start, end: at.end } : null;
    if (at) drawHighlight(root, model, h.id, at.start, at.end, h.color);
  });
  setState({ highlights: items.sort(byReadingOrder(placement)), placement });
  if (skipped) {
    notify({
      kind: 'alert',
      text: `${skipped} saved highlight${skipped > 1 ? 's were' : ' was'} damaged and could not be read; the others are here.`,
    });
  }
}

/** Highlights the current selection (or `passage`: Listen's sentence) in `color`, saves it, returns its id. */
async function highlightSelection(color: HighlightColor, passage?: Placement): Promise<string | null> {
  // User Timing marks: cheap, visible in DevTools, and what `npm run bench` reads.
  performance.mark('bri:highlight-start');
  // The live selection, not the debounced copy: a press right after the drag ends must take all of it. The copy
  // serves when pressing the button has already collapsed the page's selection.
  const sel = passage ?? liveSelection() ?? getState().selection;
  const handle = await db();
  if (!sel || !handle) return null;
  const now = new Date().toISOString();
  const model = textModel();
  const highlight: Highlight = {
    id: crypto.randomUUID(),
    anchor: describeAnchor(model, sel.start, sel.end, contentVersion()),
    color,
    note: '',
    created: now,
    modified: now,
  };
  // Paint first, in the same task as the click: the reader sees the mark at once; the write follows.
  drawHighlight(articleEl(), model, highlight.id, sel.start, sel.end, color);
  performance.mark('bri:highlight-drawn');
  window.getSelection()?.removeAllRanges();
  const placement = { ...getState().placement, [highlight.id]: { start: sel.start, end: sel.end } };
  setState({
    selection: null,
    placement,
    highlights: [...getState().highlights, highlight].sort(byReadingOrder(placement)),
  });
  try {
    await store.saveHighlight(handle, highlight);
    performance.mark('bri:highlight-stored');
  } catch (error) {
    // Nothing half-saved: take the mark away again and say why.
    removeHighlight(articleEl(), highlight.id);
    setState({ highlights: getState().highlights.filter((h) => h.id !== highlight.id) });
    reportWriteError(error);
    return null;
  }
  return highlight.id;
}

function replace(updated: Highlight | undefined): void {
  if (!updated) return;
  setState({ highlights: getState().highlights.map((h) => (h.id === updated.id ? updated : h)) });
}

/** Highlights the selection (or `passage`) in the chosen colour: what `Highlight` and the Enter key do. */
export async function highlightNow(passage?: Placement): Promise<void> {
  const first = getState().highlights.length === 0;
  const id = await highlightSelection(getState().highlightColor, passage);
  // The first highlight is the moment the reader starts to have something to lose: ask to keep storage.
  if (id && first) void requestPersistence('first-highlight');
}

/** Saves a highlight's note (plain text). */
export async function saveNote(id: string, note: string): Promise<boolean> {
  const handle = await db();
  if (!handle) return false;
  try {
    replace(await store.updateNote(handle, id, note));
    return true;
  } catch (error) {
    reportWriteError(error);
    return false;
  }
}

/** Changes a highlight's colour. */
export async function recolour(id: string, color: HighlightColor): Promise<void> {
  const handle = await db();
  if (!handle) return;
  try {
    replace(await store.setColor(handle, id, color));
    setHighlightColor(articleEl(), id, color);
  } catch (error) {
    reportWriteError(error);
  }
}

/** Removes a highlight and offers to undo it. */
export async function remove(id: string): Promise<void> {
  const handle = await db();
  if (!handle) return;
  try {
    const removed = await store.removeHighlight(handle, id);
    removeHighlight(articleEl(), id);
    setState({ highlights: getState().highlights.filter((h) => h.id !== id), activeHighlight: null });
    if (removed) {
      notify(
        {
          kind: 'status',
          text: 'Highlight removed.',
          action: { label: 'Undo', run: () => void restore(removed) },
        },
        10_000,
      );
    }
  } catch (error) {
    reportWriteError(error);
  }
}

async function restore(highlight: Highlight): Promise<void> {
  const handle = await db();
  if (!handle) return;
  try {
    await store.saveHighlight(handle, highlight);
    await loadHighlights();
    setState({ notice: null });
  } catch (error) {
    reportWriteError(error);
  }
}

/** The highlight's text as the reader sees it now (its current place, else its saved quote). */
export function highlightText(h: Highlight): string {
  const at = getState().placement[h.id];
  return at ? textModel().text.slice(at.start, at.end) : h.anchor.quote.exact;
}

/** A link that opens this passage, in any browser with text fragments. */
export function linkTo(h: Highlight): string {
  const at = getState().placement[h.id];
  const model = textModel();
  return at
    ? passageUrl(location.href, model, at.start, at.end, h.anchor.paragraphId)
    : `${location.href.replace(/#.*$/, '')}#${h.anchor.paragraphId}`;
}

/** Scrolls to a highlight and focuses its first mark. */
export function jumpTo(id: string): void {
  const mark = marksOf(articleEl(), id)[0];
  if (!mark) return;
  mark.scrollIntoView({ block: 'center' });
  mark.focus({ preventScroll: true });
  setState({ activeHighlight: id, panel: null });
}

/** Keeps this tab in step with highlights made or changed in other tabs. */
export function followOtherTabs(): void {
  subscribe((change) => {
    if (change.kind === 'highlights') void loadHighlights();
  });
}

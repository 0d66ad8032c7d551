// First bundle: highlights as the reader makes and sees them: storage, anchoring and marks joined up.
import { attachAll, describe as describeAnchor } from '../../annotations/anchoring.ts';
import { passageUrl } from '../../annotations/fragment.ts';
import { drawHighlight, marksOf, removeAllMarks, removeMarks, setMarksColor } from '../../annotations/marks.ts';
import * as store from '../../storage/highlights.ts';
import { readerText as t } from '../../i18n/text/reader.ts';
import type { Highlight, HighlightColor } from '../../shared/types.ts';
import { getState, notify, type Placement, setState } from '../store.ts';
import { requestPersistence } from '../../offline/index.ts';
import { articleEl, contentVersion, liveSelection, textModel } from './article.ts';
import { attempt, load, storageReady } from './database.ts';

const byReadingOrder = (placement: Record<string, Placement | null>) => (a: Highlight, b: Highlight) =>
  (placement[a.id]?.start ?? Number.MAX_SAFE_INTEGER) - (placement[b.id]?.start ?? Number.MAX_SAFE_INTEGER) ||
  a.created.localeCompare(b.created);

/** Loads every saved highlight, re-attaches it to the current text and draws the ones that fit. */
export async function loadHighlights(): Promise<void> {
  const listed = await load(t('savedHighlights'), store.listHighlights);
  if (!listed) return;
  const { items, skipped } = listed;
  const model = textModel();
  const found = attachAll(
    model,
    items.map((h) => h.anchor),
  );
  const placement: Record<string, Placement | null> = {};
  const root = articleEl();
  removeAllMarks(root);
  items.forEach((h, i) => {
    const at = found[i] ?? null;
    placement[h.id] = at ? { start: at.start, end: at.end } : null;
    if (at) drawHighlight(root, model, h.id, at.start, at.end, h.color);
  });
  setState({ highlights: items.sort(byReadingOrder(placement)), placement });
  if (skipped) {
    notify({ kind: 'alert', text: t('damaged', { count: skipped }) });
  }
}

/** Highlights the current selection (or `passage`: Listen's sentence) in `color`, saves it, returns its id. */
async function highlightSelection(color: HighlightColor, passage?: Placement): Promise<string | null> {
  // User Timing marks: cheap, visible in DevTools, and what `npm run bench` reads.
  performance.mark('bri:highlight-start');
  // The live selection, not the debounced copy: a press right after the drag ends must take all of it. The copy
  // serves when pressing the button has already collapsed the page's selection.
  const sel = passage ?? liveSelection() ?? getState().selection;
  const ready = await storageReady();
  if (!sel || !ready) return null;
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
  if (!(await attempt(() => store.saveHighlight(highlight))).ok) {
    // Nothing half-saved (the reader was told why): take the mark away again.
    removeMarks(articleEl(), highlight.id);
    setState({ highlights: getState().highlights.filter((h) => h.id !== highlight.id) });
    return null;
  }
  performance.mark('bri:highlight-stored');
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
export async function setNote(id: string, note: string): Promise<boolean> {
  const saved = await attempt(() => store.setHighlightNote(id, note));
  if (saved.ok) replace(saved.value);
  return saved.ok;
}

/** Changes a highlight's colour. */
export async function setColor(id: string, color: HighlightColor): Promise<void> {
  const saved = await attempt(() => store.setHighlightColor(id, color));
  if (!saved.ok) return;
  replace(saved.value);
  setMarksColor(articleEl(), id, color);
}

/** Removes a highlight and offers to undo it. */
export async function remove(id: string): Promise<void> {
  const removed = await attempt(() => store.removeHighlight(id));
  if (!removed.ok) return;
  removeMarks(articleEl(), id);
  setState({ highlights: getState().highlights.filter((h) => h.id !== id), activeHighlight: null });
  const highlight = removed.value;
  if (highlight) {
    notify(
      { kind: 'status', text: t('highlightRemoved'), action: { label: t('undo'), run: () => void restore(highlight) } },
      10_000,
    );
  }
}

async function restore(highlight: Highlight): Promise<void> {
  if (!(await attempt(() => store.restoreHighlight(highlight))).ok) return;
  await loadHighlights();
  setState({ notice: null });
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

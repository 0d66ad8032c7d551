// First bundle: where the reader is. Saved as paragraph + character offset (never pixels), so it survives text
// size changes and rotation; restored on load; the Bookmark toggle marks the same place.
import { paragraphIdFromHash } from '../../annotations/fragment.ts';
import { offsetToDomPoint } from '../../annotations/text-model.ts';
import { readerText as t } from '../../i18n/text/reader.ts';
import { getPosition, savePosition } from '../../storage/reading-position.ts';
import { setState } from '../store.ts';
import { barBottom, firstParagraphInView, textModel } from './article.ts';
import { load, storageReady } from './database.ts';

/** Saved within this long of the reader pausing (CONTRACT: within a second), not only when the page closes. */
const SAVE_AFTER_MS = 400;

/** The first paragraph visible under the app bar, and the character offset at its top-left line. */
export function placeInView(): { paragraphId: string; offset: number } | null {
  const el = firstParagraphInView();
  if (!el) return null;
  const bar = barBottom();
  const box = el.getBoundingClientRect();
  let offset = 0;
  if (box.top < bar) {
    // The exact character at the top line: survives reflow, unlike a scroll offset.
    const hit = document.caretRangeFromPoint?.(box.left + 8, bar + 8);
    if (hit && el.contains(hit.startContainer)) offset = charOffset(el, hit.startContainer, hit.startOffset);
  }
  return { paragraphId: el.id, offset };
}

function charOffset(el: Element, node: Node, offset: number): number {
  const range = document.createRange();
  range.setStart(el, 0);
  range.setEnd(node, offset);
  return range.toString().length;
}

/** The place last saved: an unchanged place is not written again. */
let lastSaved = '';
const placeKey = (p: { paragraphId: string; offset: number }) => `${p.paragraphId}:${p.offset}`;
/**
 * Where restoring put the page. Read back at a new text size, the saved place comes out as the start of its
 * line, a few characters earlier; the reader has not moved, so that is not saved over the exact place.
 */
let restoredAt: number | null = null;

/** Scrolls so the given place sits just under the app bar. */
export function scrollToPlace(paragraphId: string, offset: number): boolean {
  const model = textModel();
  const index = model.paragraphs.findIndex((p) => p.id === paragraphId);
  const p = model.paragraphs[index];
  if (!p) return false;
  const point = offsetToDomPoint(model, p.start + offset, 'start');
  let top = model.elements[index]?.getBoundingClientRect().top ?? 0;
  if (point && offset > 0) {
    const range = document.createRange();
    range.setStart(point.node, point.offset);
    top = range.getBoundingClientRect().top || top;
  }
  // The bar is sticky at the top, so where it ends is its height, wherever the page is scrolled.
  window.scrollTo({ top: window.scrollY + top - barBottom() - 8, behavior: 'instant' });
  return true;
}

/**
 * Returns the reader to their saved place, unless the URL asks for a passage of its own. A browser without
 * text fragments leaves `#p-…:~:text=…` in the hash and finds no such id, so the paragraph is scrolled to here.
 */
export async function restorePosition(): Promise<void> {
  if (location.hash.includes(':~:')) {
    const id = paragraphIdFromHash(location.hash);
    if (id) document.getElementById(id)?.scrollIntoView({ block: 'start' });
    return;
  }
  if (!(await storageReady()) || location.hash) return;
  const position = await load(t('savedPosition'), getPosition);
  if (position && scrollToPlace(position.paragraphId, position.offset)) {
    lastSaved = placeKey(position);
    restoredAt = window.scrollY;
  }
}

/**
 * The app restores the reading place itself, by text: the browser's own restoration would put back a pixel
 * offset after a reload, which is wrong once the text size changed, and would land after ours and win.
 */
export function takeOverScrollRestoration(): void {
  if ('scrollRestoration' in history) history.scrollRestoration = 'manual';
}

/** Saves the place on every pause in scrolling, and keeps the Bookmark toggle's state current. */
export function trackPosition(): void {
  let timer = 0;
  const update = () => {
    const place = placeInView();
    setState({ currentParagraph: place?.paragraphId ?? null });
    return place;
  };
  window.addEventListener(
    'scroll',
    () => {
      clearTimeout(timer);
      timer = window.setTimeout(async () => {
        const place = update();
        if (restoredAt !== null && Math.abs(window.scrollY - restoredAt) < 2) return;
        restoredAt = null;
        const ready = await storageReady();
        if (place && ready && placeKey(place) !== lastSaved) {
          lastSaved = placeKey(place);
          // Not reported: a lost reading place costs a second of scrolling, and an alert on every pause in
          // scrolling (a full disk) would bury the article. Highlights and notes do report every failed save.
          savePosition({ ...place, updated: new Date().toISOString() }).catch(() => undefined);
        }
      }, SAVE_AFTER_MS);
    },
    { passive: true },
  );
  update();
}

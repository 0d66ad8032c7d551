// First bundle: turns the browser's text selection inside the article into text-model offsets.
import { highlightIdAt } from '../../annotations/marks.ts';
import { getState, setState } from '../store.ts';
import { highlightNow } from './highlights.ts';
import { articleEl, firstParagraphInView, liveSelection } from './article.ts';

/**
 * Follows the selection, from mouse, touch (long-press) or keyboard (Shift+arrows) alike. The Highlight bar
 * sits at the bottom of the screen, away from the phone's own selection menu, which appears above the text.
 */
export function trackSelection(): void {
  let timer = 0;
  document.addEventListener('selectionchange', () => {
    clearTimeout(timer);
    timer = window.setTimeout(() => {
      const usable = liveSelection();
      // Pressing a button may collapse the selection first; keep it while focus is on the selection bar.
      if (!usable && document.activeElement?.closest('.selection-bar')) return;
      const prev = getState().selection;
      if (prev?.start !== usable?.start || prev?.end !== usable?.end) setState({ selection: usable });
    }, 80);
  });

  const root = articleEl();
  const open = (target: EventTarget | null) => {
    const id = highlightIdAt(target as Node)[0];
    if (!id) return false;
    setState({ activeHighlight: id });
    return true;
  };
  root.addEventListener('click', (e) => {
    // A click that ends a selection is not a click on a highlight.
    if (!window.getSelection()?.isCollapsed) return;
    open(e.target);
  });
  root.addEventListener('keydown', (e) => {
    if ((e.key === 'Enter' || e.key === ' ') && open(e.target)) e.preventDefault();
  });
  document.addEventListener('keydown', selectWithKeyboard);
}

/** Shift+key → how the selection grows; Ctrl or Alt with an arrow goes by word. */
const EXTEND: Record<string, [direction: 'forward' | 'backward', granularity: string]> = {
  ArrowRight: ['forward', 'character'],
  ArrowLeft: ['backward', 'character'],
  ArrowDown: ['forward', 'line'],
  ArrowUp: ['backward', 'line'],
  End: ['forward', 'lineboundary'],
  Home: ['backward', 'lineboundary'],
};

const isControl = (target: EventTarget | null) =>
  target instanceof Element && target.closest('input, textarea, select, button, a[href], [contenteditable]') !== null;

/**
 * Keyboard selection in the article. Browsers extend a selection with Shift+arrows only in editable text or
 * with caret browsing on, so a keyboard-only reader could not highlight at all. Here: focus the article (the
 * `Skip to the article` link), Shift+arrows select from the first paragraph in view (or grow the current
 * selection), and Enter highlights it.
 */
function selectWithKeyboard(e: KeyboardEvent): void {
  if (isControl(e.target)) return;
  const root = articleEl();
  const sel = window.getSelection();
  if (!sel) return;
  if (e.key === 'Enter' && liveSelection()) {
    e.preventDefault();
    void highlightNow();
    return;
  }
  const extend = e.shiftKey ? EXTEND[e.key] : undefined;
  if (!extend) return;
  const inArticle = sel.rangeCount > 0 && root.contains(sel.anchorNode);
  if (!inArticle) {
    const focused = document.activeElement;
    if (!(focused && (focused === root || root.contains(focused)))) return;
    const paragraph = firstParagraphInView();
    const start = paragraph && document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT).nextNode();
    if (!start) return;
    sel.collapse(start, 0);
  }
  const [direction, unit] = extend;
  sel.modify('extend', direction, e.ctrlKey || e.altKey ? (unit === 'character' ? 'word' : unit) : unit);
  e.preventDefault();
}

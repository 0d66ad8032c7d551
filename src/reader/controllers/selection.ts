// First bundle: turns the browser's text selection inside the article into text-model offsets.
import { highlightIdAt } from '../../annotations/marks';
import { rangeToOffsets } from '../../annotations/text-model';
import { getState, setState } from '../store';
import { articleEl, textModel } from './article';

/**
 * Follows the selection, from mouse, touch (long-press) or keyboard (Shift+arrows) alike. The Highlight bar
 * sits at the bottom of the screen, away from the phone's own selection menu, which appears above the text.
 */
export function trackSelection(): void {
  let timer = 0;
  document.addEventListener('selectionchange', () => {
    clearTimeout(timer);
    timer = window.setTimeout(() => {
      const sel = window.getSelection();
      const range = sel && sel.rangeCount > 0 && !sel.isCollapsed ? sel.getRangeAt(0) : null;
      const inArticle = range && articleEl().contains(range.commonAncestorContainer);
      const offsets = range && inArticle ? rangeToOffsets(textModel(), range) : null;
      const usable = offsets && offsets.end > offsets.start ? offsets : null;
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
}

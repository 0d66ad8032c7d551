// First bundle: saved highlights are drawn right after load.
// Marks only ever wrap pieces of text nodes, so they never contain a block element, never change the article's
// textContent (model offsets stay valid) and nest naturally where highlights overlap.
import { HIGHLIGHT_COLORS, type HighlightColor } from '../shared/types.ts';
import { clampToText, type DomTextModel } from './text-model.ts';

const HL_ATTR = 'data-hl';

/** Wraps the text between two model offsets in `mark.hl.hl-<color>[data-hl=id]`; returns the marks, first first. */
export function drawHighlight(
  root: ParentNode,
  model: DomTextModel,
  id: string,
  start: number,
  end: number,
  color: HighlightColor,
): HTMLElement[] {
  const r = clampToText(model, start, end);
  if (!r) return [];
  const marks: HTMLElement[] = [];
  model.paragraphs.forEach((p, i) => {
    const el = model.elements[i];
    const from = Math.max(r.start - p.start, 0);
    const to = Math.min(r.end - p.start, p.text.length);
    if (!el || from >= to || !root.contains(el)) return;
    // Collect first: wrapping splits and moves nodes, which would derail a live walk.
    const pieces: [Text, number, number][] = [];
    const walker = (el.ownerDocument ?? document).createTreeWalker(el, NodeFilter.SHOW_TEXT);
    let offset = 0;
    for (let t = walker.nextNode() as Text | null; t; t = walker.nextNode() as Text | null) {
      const a = Math.max(from - offset, 0);
      const b = Math.min(to - offset, t.data.length);
      if (a < b) pieces.push([t, a, b]);
      offset += t.data.length;
      if (offset >= to) break;
    }
    for (const [t, a, b] of pieces) marks.push(wrap(t, a, b, id, color));
  });
  marks[0]?.setAttribute('tabindex', '0');
  return marks;
}

/** Unwraps every mark of a highlight and merges the text nodes it split, leaving the article's DOM as before. */
export function removeMarks(root: ParentNode, id: string): void {
  for (const mark of marksOf(root, id)) {
    const parent = mark.parentNode;
    if (!parent) continue;
    while (mark.firstChild) parent.insertBefore(mark.firstChild, mark);
    mark.remove();
    parent.normalize();
  }
}

/** Removes every highlight's marks (before redrawing them all, e.g. after an import). */
export function removeAllMarks(root: ParentNode): void {
  const ids = new Set(Array.from(root.querySelectorAll(`mark[${HL_ATTR}]`), (m) => m.getAttribute(HL_ATTR) ?? ''));
  for (const id of ids) removeMarks(root, id);
}

/** Recolours a drawn highlight, leaving any other class the reader UI put on its marks. */
export function setMarksColor(root: ParentNode, id: string, color: HighlightColor): void {
  for (const mark of marksOf(root, id)) {
    mark.classList.remove(...HIGHLIGHT_COLORS.map((c) => `hl-${c}`));
    mark.classList.add(`hl-${color}`);
  }
}

/** Ids of the highlights containing a node, innermost first (a click on nested marks picks the first). */
export function highlightIdAt(node: Node | null): string[] {
  const ids: string[] = [];
  let el = node instanceof Element ? node : (node?.parentElement ?? null);
  for (; el; el = el.parentElement) {
    const id = el.localName === 'mark' ? el.getAttribute(HL_ATTR) : null;
    if (id && !ids.includes(id)) ids.push(id);
  }
  return ids;
}

/** The marks drawn for a highlight, in document order (the first is the focusable one). */
export function marksOf(root: ParentNode, id: string): HTMLElement[] {
  return Array.from(root.querySelectorAll<HTMLElement>(`mark[${HL_ATTR}="${CSS.escape(id)}"]`));
}

function wrap(t: Text, a: number, b: number, id: string, color: HighlightColor): HTMLElement {
  const middle = a > 0 ? t.splitText(a) : t;
  if (b - a < middle.data.length) middle.splitText(b - a);
  const mark = (t.ownerDocument ?? document).createElement('mark');
  mark.className = `hl hl-${color}`;
  mark.setAttribute(HL_ATTR, id);
  middle.replaceWith(mark);
  mark.append(middle);
  return mark;
}

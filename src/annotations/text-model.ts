// First bundle: every highlight, bookmark and fragment link is expressed in this model's offsets.

/** Joins paragraphs in the model text, so a quote spanning two paragraphs reads naturally and never merges words. */
export const PARAGRAPH_SEPARATOR = '\n\n';

/** Annotatable elements: the author's paragraphs only, never headings, captions or the byline. */
const ANNOTATABLE_SELECTOR = '[data-pid]';

export interface ParagraphText {
  id: string;
  text: string;
}

export interface Paragraph extends ParagraphText {
  /** Offset of the paragraph's first character in `TextModel.text`. */
  start: number;
}

export interface TextModel {
  /** Every paragraph's text in document order, joined by PARAGRAPH_SEPARATOR. */
  text: string;
  paragraphs: readonly Paragraph[];
  /** The build's content version (a hash of `text`), when known: anchors made on the same version still fit. */
  version?: string;
}

/** A model built from the page: the same paragraphs plus their elements, index for index. */
export interface DomTextModel extends TextModel {
  elements: readonly Element[];
}

export interface DomPoint {
  node: Node;
  offset: number;
}

/** Builds the model from plain strings (unit tests, benchmark, build-time checks). */
export function modelFromParagraphs(items: readonly ParagraphText[], version?: string): TextModel {
  const paragraphs: Paragraph[] = [];
  let start = 0;
  for (const { id, text } of items) {
    paragraphs.push({ id, text, start });
    start += text.length + PARAGRAPH_SEPARATOR.length;
  }
  const text = items.map((p) => p.text).join(PARAGRAPH_SEPARATOR);
  return version === undefined ? { text, paragraphs } : { text, paragraphs, version };
}

/** Builds the model from the article element (and its `data-content-version`); marks never change its text. */
export function modelFromRoot(root: ParentNode): DomTextModel {
  const elements = Array.from(root.querySelectorAll(ANNOTATABLE_SELECTOR));
  const version = (root as Partial<HTMLElement>).dataset?.contentVersion;
  const model = modelFromParagraphs(
    elements.map((el) => ({ id: el.id, text: el.textContent ?? '' })),
    version,
  );
  return { ...model, elements };
}

/** Index of the paragraph holding `offset`; an offset in a separator belongs to the paragraph before it. */
export function paragraphIndexAt(model: TextModel, offset: number): number {
  const ps = model.paragraphs;
  let lo = 0;
  let hi = ps.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((ps[mid] as Paragraph).start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Moves offsets that fall in a separator (or outside the text) onto paragraph text: start forwards, end backwards. */
export function clampToText(model: TextModel, start: number, end: number): { start: number; end: number } | null {
  const n = model.text.length;
  let s = Math.max(0, Math.min(start, n));
  let e = Math.max(0, Math.min(end, n));
  const i = paragraphIndexAt(model, s);
  const ps = model.paragraphs[i];
  const next = model.paragraphs[i + 1];
  if (ps && next && s >= ps.start + ps.text.length) s = next.start;
  const j = paragraphIndexAt(model, e);
  const pe = model.paragraphs[j];
  const prev = model.paragraphs[j - 1];
  if (pe && e > pe.start + pe.text.length) e = pe.start + pe.text.length;
  else if (pe && prev && e === pe.start) e = prev.start + prev.text.length;
  return s < e ? { start: s, end: e } : null;
}

/** Maps a DOM Range to model offsets, clamped to annotatable text; null when it holds none (e.g. only a caption). */
export function rangeToOffsets(model: DomTextModel, range: Range): { start: number; end: number } | null {
  const start = boundaryToOffset(model, range.startContainer, range.startOffset, 'start');
  const end = boundaryToOffset(model, range.endContainer, range.endOffset, 'end');
  if (start === null || end === null) return null;
  return clampToText(model, start, end);
}

// A boundary outside every paragraph snaps to the next paragraph's start (for a range start) or the previous
// paragraph's end (for a range end), so dragging a selection into a figure caption keeps only the paragraph part.
function boundaryToOffset(model: DomTextModel, node: Node, offset: number, side: 'start' | 'end'): number | null {
  const doc = node.ownerDocument ?? (node as Document);
  let before: number | null = null;
  for (let i = 0; i < model.elements.length; i++) {
    const el = model.elements[i] as Element;
    const p = model.paragraphs[i] as Paragraph;
    const whole = doc.createRange();
    whole.selectNodeContents(el);
    const where = whole.comparePoint(node, offset);
    if (where === 0) {
      const head = doc.createRange();
      head.setStart(el, 0);
      head.setEnd(node, offset);
      return p.start + head.toString().length;
    }
    if (where < 0) return side === 'start' ? p.start : before;
    before = p.start + p.text.length;
  }
  return side === 'end' ? before : null;
}

/** Maps a model offset to a DOM point inside a text node; `side` picks the node when the offset sits between two. */
export function offsetToDomPoint(model: DomTextModel, offset: number, side: 'start' | 'end'): DomPoint | null {
  const i = paragraphIndexAt(model, offset);
  const el = model.elements[i];
  const p = model.paragraphs[i];
  if (!el || !p) return null;
  let local = Math.max(0, Math.min(offset - p.start, p.text.length));
  const walker = (el.ownerDocument ?? document).createTreeWalker(el, NodeFilter.SHOW_TEXT);
  let last: Text | null = null;
  for (let t = walker.nextNode() as Text | null; t; t = walker.nextNode() as Text | null) {
    const len = t.data.length;
    // An end boundary stays at the end of the earlier node so drawn marks never start with an empty piece.
    if (local < len || (side === 'end' && local === len)) return { node: t, offset: local };
    local -= len;
    last = t;
  }
  return last ? { node: last, offset: last.data.length } : { node: el, offset: el.childNodes.length };
}

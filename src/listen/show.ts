// Lazy (Listen chunk): shows the sentence being read, without touching the text the highlights are anchored in.

/** The name of the CSS Custom Highlight (styled by `::highlight(listen-sentence)` in style.css). */
const HIGHLIGHT_NAME = 'listen-sentence';
/** The fallback wrapper's class (styled in style.css too). */
const WRAPPER_CLASS = 'listen-sentence';

/** Whether this engine has the CSS Custom Highlight API (Chromium 105+, Safari 17.2+, Firefox 140+). */
const hasHighlightApi = (): boolean => typeof Highlight === 'function' && 'highlights' in CSS;

let wrappers: HTMLElement[] = [];

/**
 * Removes the fallback wrappers: their text goes back where it was and adjacent text nodes are merged again,
 * so the DOM is as before (marks drawn meanwhile stay, now outside the wrapper).
 */
function unwrap(): void {
  for (const span of wrappers) {
    const parent = span.parentNode;
    if (!parent) continue;
    while (span.firstChild) parent.insertBefore(span.firstChild, span);
    span.remove();
    parent.normalize();
  }
  wrappers = [];
}

/**
 * Wraps each text-node piece of `range` in a span: never around an element, so the blocks, the marks and
 * `textContent` (the text model every highlight offset refers to) stay exactly as they were.
 */
function wrap(range: Range): void {
  const root = range.commonAncestorContainer;
  const doc = root.ownerDocument ?? document;
  const walker = doc.createTreeWalker(
    root.nodeType === Node.TEXT_NODE ? (root.parentNode ?? root) : root,
    NodeFilter.SHOW_TEXT,
  );
  const pieces: Text[] = [];
  for (let t = walker.nextNode() as Text | null; t; t = walker.nextNode() as Text | null) {
    if (range.intersectsNode(t)) pieces.push(t);
  }
  for (let t of pieces) {
    const from = t === range.startContainer ? range.startOffset : 0;
    const to = t === range.endContainer ? range.endOffset : t.data.length;
    if (to <= from) continue;
    if (to < t.data.length) t.splitText(to);
    if (from > 0) t = t.splitText(from);
    const span = doc.createElement('span');
    span.className = WRAPPER_CLASS;
    t.replaceWith(span);
    span.append(t);
    wrappers.push(span);
  }
}

/**
 * Shows the range `find` returns as the sentence being read (null: nothing is shown). The range is looked up
 * after the previous wrappers are gone, so it never points into a removed node.
 */
export function showSentence(find: (() => Range | null) | null, api = hasHighlightApi()): void {
  if (api) {
    const range = find?.();
    if (range) CSS.highlights.set(HIGHLIGHT_NAME, new Highlight(range));
    else CSS.highlights.delete(HIGHLIGHT_NAME);
    return;
  }
  unwrap();
  const range = find?.();
  if (range) wrap(range);
}

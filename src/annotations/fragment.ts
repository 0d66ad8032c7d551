// Lazy-friendly: only the "copy link" action needs this; it imports nothing heavy.
// Builds WICG Text Fragment links (https://wicg.github.io/scroll-to-text-fragment/), so a shared link opens at the
// passage in any current browser, without this app's script.
import { clampToText, paragraphIndexAt, type TextModel } from './text-model.ts';

/** A passage of at most this many words, inside one paragraph, is quoted whole; longer ones as textStart,textEnd. */
const EXACT_MAX_WORDS = 10;
/** Words kept at each end of a long passage (textStart, textEnd). */
const RANGE_WORDS = 4;
const MIN_CONTEXT_WORDS = 3;
const MAX_CONTEXT_WORDS = 8;

const isSpace = (ch: string | undefined) => ch !== undefined && /\s/.test(ch);
// Browsers match text fragments against rendered text, where runs of ASCII whitespace collapse to one space but a
// no-break space (the seed has " \u00a0" runs) is kept.
const squash = (s: string) => s.replace(/[ \t\n\r\f]+/g, ' ');
const collapse = (s: string) => squash(s).trim();
// `-`, `,` and `&` are the directive's own syntax, and encodeURIComponent leaves `-` alone.
const encode = (s: string) => encodeURIComponent(s).replace(/-/g, '%2D');

/** Returns the text directive (`text=…`, no `#:~:`) for the passage between two model offsets, or null if empty. */
export function textDirective(model: TextModel, start: number, end: number): string | null {
  const { text, paragraphs } = model;
  const r = clampToText(model, start, end);
  if (!r) return null;
  // Fragment matches must start and end on word boundaries, so a selection ending mid-word is widened to the word.
  let s = r.start;
  let e = r.end;
  while (s > 0 && !isSpace(text[s - 1]) && !isSpace(text[s])) s--;
  while (e < text.length && !isSpace(text[e]) && !isSpace(text[e - 1])) e++;
  while (s < e && isSpace(text[s])) s++;
  while (e > s && isSpace(text[e - 1])) e--;
  if (s >= e) return null;

  const first = paragraphs[paragraphIndexAt(model, s)];
  const last = paragraphs[paragraphIndexAt(model, e - 1)];
  if (!first || !last) return null;
  const firstEnd = first.start + first.text.length;
  const words = collapse(text.slice(s, e)).split(' ');
  const asRange = first !== last || words.length > EXACT_MAX_WORDS;
  // A term may not cross a block boundary, so textStart stays in the first paragraph and textEnd in the last.
  const startTermEnd = asRange ? wordsForward(text, s, firstEnd, RANGE_WORDS) : e;
  const endTermStart = asRange ? wordsBackward(text, e, last.start, RANGE_WORDS) : s;

  const flat = squash(text).toLowerCase();
  const at = (i: number) => squash(text.slice(0, i)).length;
  let directive = '';
  for (let n = MIN_CONTEXT_WORDS; n <= MAX_CONTEXT_WORDS; n++) {
    const ps = wordsBackward(text, s, first.start, n);
    const se = wordsForward(text, e, last.start + last.text.length, n);
    const prefix = collapse(text.slice(ps, s));
    const suffix = collapse(text.slice(e, se));
    const parts = [
      prefix ? `${encode(prefix)}-` : '',
      encode(collapse(text.slice(s, startTermEnd))),
      asRange ? encode(collapse(text.slice(endTermStart, e))) : '',
      suffix ? `-${encode(suffix)}` : '',
    ];
    directive = `text=${parts.filter(Boolean).join(',')}`;
    // The browser takes the first match in the page; stop widening once ours is the first in the article text.
    const head = collapse(text.slice(ps, startTermEnd)).toLowerCase();
    const tail = collapse(text.slice(endTermStart, se)).toLowerCase();
    const headAt = flat.indexOf(head);
    if (headAt === at(ps) && (!asRange || flat.indexOf(tail, headAt + head.length) === at(endTermStart))) break;
  }
  return directive;
}

/** Builds a link that opens at the passage; `paragraphId` adds `#p-…` for browsers without text fragments. */
export function passageUrl(base: string, model: TextModel, start: number, end: number, paragraphId = ''): string {
  const url = base.replace(/#.*$/, '');
  const directive = textDirective(model, start, end);
  if (!directive) return paragraphId ? `${url}#${paragraphId}` : url;
  return `${url}#${paragraphId}:~:${directive}`;
}

/** Reads the paragraph id from a `#p-…:~:text=…` hash, which browsers without text fragments leave in place. */
export function paragraphIdFromHash(hash: string): string | null {
  const raw = hash.replace(/^#/, '').split(':~:')[0] ?? '';
  try {
    return decodeURIComponent(raw) || null;
  } catch {
    // A hand-edited link with a broken %-escape: no paragraph rather than an exception on page load.
    return null;
  }
}

// Offset after `n` whole words starting at `from` (skipping leading whitespace), never past `limit`.
function wordsForward(text: string, from: number, limit: number, n: number): number {
  let i = from;
  let end = from;
  for (let w = 0; w < n && i < limit; w++) {
    while (i < limit && isSpace(text[i])) i++;
    while (i < limit && !isSpace(text[i])) i++;
    end = i;
  }
  return end;
}

// Offset where the `n` whole words ending at `to` begin, never before `limit`.
function wordsBackward(text: string, to: number, limit: number, n: number): number {
  let i = to;
  let start = to;
  for (let w = 0; w < n && i > limit; w++) {
    while (i > limit && isSpace(text[i - 1])) i--;
    while (i > limit && !isSpace(text[i - 1])) i--;
    start = i;
  }
  return start;
}

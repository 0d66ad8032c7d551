// First bundle, with approx-string-match (~0.7 KB gzip; ~2.7 KB with this file): imported statically so `attach` stays synchronous and
// the reader can place every highlight in one pass right after load. See README.md for the order and threshold.
import search from 'approx-string-match';
import type { Anchor } from '../shared/types.ts';
import { clampToText, type Paragraph, paragraphIndexAt, type TextModel } from './text-model.ts';

/** How much context each side a quote keeps: enough to tell repeated phrases apart, small enough to store. */
export const CONTEXT_LENGTH = 32;

/**
 * Minimum score (0..1) for a candidate not found with its exact quote and exact neighbours: the score and the
 * threshold of Hypothesis' match-quote.ts, without its position tie-breaker.
 */
export const ACCEPT_THRESHOLD = 0.75;

/** A candidate this good is taken without looking further (e.g. an exact quote with one neighbour edited). */
const CONFIDENT = 0.9;

/** An exact quote at least this long is accepted on its own in its paragraph, even when its context was rewritten. */
const SELF_EVIDENT_QUOTE_LENGTH = 32;

/**
 * How similar one side of the context must be to count as recognisably the same neighbour; a quote shorter than
 * SELF_EVIDENT_QUOTE_LENGTH needs one. A short phrase with loosely similar neighbours is a look-alike.
 */
const STRONG_CONTEXT = 0.9;

const WEIGHT = { quote: 50, prefix: 20, suffix: 20 } as const;
const WEIGHT_SUM = WEIGHT.quote + WEIGHT.prefix + WEIGHT.suffix;

/** A paragraph id is made of a paragraph's first five words; sentences starting this far in are looked at. */
const OPENING_WORDS = 5;
const OPENING = 300;
const SENTENCE_START = /^|[.?!][’”]?\s+/g;

/** Fuzzy matches may differ from the quote in at most this share of its characters. */
const MAX_ERROR_RATE = 0.25;
const MAX_ERRORS = 256;
/** Candidates fully scored per search (a short quote can have hundreds of near matches). */
const MAX_CANDIDATES = 64;
/** Context characters that must touch for "prefix + suffix with nothing between" to prove a deletion. */
const MIN_DELETION_EVIDENCE = 16;
/** Characters compared at each edge of a fuzzy match to decide whether the edge still belongs to the passage. */
const EDGE = 8;

type AttachMethod = 'position' | 'quote' | 'fuzzy';

export interface Attachment {
  start: number;
  end: number;
  how: AttachMethod;
}

/** A place the quote may be, with its edit distance from the quote. */
interface Candidate {
  start: number;
  end: number;
  errors: number;
}

/** A candidate with its score and how similar each side's context still is (0..1). */
type Scored = Candidate & { score: number; before: number; after: number };

/** Describes the passage between two model offsets as an Anchor (quote with context, position, paragraph). */
export function describe(model: TextModel, start: number, end: number, contentVersion: string): Anchor {
  const r = clampToText(model, Math.min(start, end), Math.max(start, end)) ?? { start, end: start };
  const { text } = model;
  return {
    paragraphId: model.paragraphs[paragraphIndexAt(model, r.start)]?.id ?? '',
    quote: {
      type: 'TextQuoteSelector',
      exact: text.slice(r.start, r.end),
      prefix: text.slice(Math.max(0, r.start - CONTEXT_LENGTH), r.start),
      suffix: text.slice(r.end, r.end + CONTEXT_LENGTH),
    },
    position: { type: 'TextPositionSelector', start: r.start, end: r.end },
    contentVersion,
  };
}

/** Finds an anchor's passage in the (possibly revised) text: position, then exact quote, then fuzzy; null if lost. */
export function attach(model: TextModel, anchor: Anchor): Attachment | null {
  const { text, version } = model;
  const { exact } = anchor.quote;
  const hint = anchor.position.start;
  // The common case costs one comparison: the content version is a hash of the text, so the same version means
  // the same text and the stored offsets still hold. Otherwise the same text at the same place must also have
  // the same neighbours, so a short quote that merely recurs at the old offset after an edit is not taken for it.
  // Kept this small so that the engine inlines it; the search is a function of its own.
  if (
    exact &&
    ((version !== undefined && version === anchor.contentVersion) ||
      hasContextAt(text, anchor, hint, hint + exact.length)) &&
    at(text, hint, exact)
  ) {
    return { start: hint, end: hint + exact.length, how: 'position' };
  }
  return exact ? find(model, anchor) : null;
}

// Everything after the position: the exact quote anywhere with its exact context, then the home paragraph.
function find(model: TextModel, anchor: Anchor): Attachment | null {
  const { text } = model;
  const { exact, prefix, suffix } = anchor.quote;
  const exactHits: Candidate[] = [];
  for (let i = text.indexOf(exact); i !== -1; i = text.indexOf(exact, i + 1)) {
    exactHits.push({ start: i, end: i + exact.length, errors: 0 });
  }
  const perfect = exactHits.find((c) => hasContextAt(text, anchor, c.start, c.end));
  if (perfect) return { start: perfect.start, end: perfect.end, how: 'quote' };

  // Prefix and suffix now touching means the passage itself was deleted; anything found elsewhere would be a
  // look-alike (this article repeats phrases such as "the Central Asian states").
  if (looksDeleted(text, prefix, suffix)) return null;

  // Past this point the passage is only looked for in its own paragraph, wherever that moved. Ids come from a
  // paragraph's opening words (src/build/content/render.ts), and this author repeats whole clauses in other
  // paragraphs ("delicate balance between its own interests and the newly articulated interests of the", with
  // one space of difference), so with the paragraph gone no context short of a perfect one tells the passage
  // from its repeat, and a match in another paragraph while the home one exists is a repeat.
  const home = homeOf(model, anchor.paragraphId);
  if (!home) return null;
  const from = home.start;
  const to = home.start + home.text.length;
  const hits = exactHits.filter((c) => c.start >= from && c.start < to);
  const quoted = hits.length > 0 ? bestOf(model, anchor, hits) : null;
  if (quoted && quoted.score >= CONFIDENT && accepted(anchor, quoted)) {
    return { start: quoted.start, end: quoted.end, how: 'quote' };
  }
  // The original may sit in the paragraph with one letter changed, so the fuzzy search competes on the same score.
  const fuzzy = fuzzyMatch(model, anchor, from, to, exactHits);
  if (fuzzy && fuzzy.score > (quoted?.score ?? 0) && accepted(anchor, fuzzy)) {
    return { ...trimEdges(text, anchor, fuzzy), how: 'fuzzy' };
  }
  if (quoted && accepted(anchor, quoted)) return { start: quoted.start, end: quoted.end, how: 'quote' };
  return null;
}

// Paragraph ids are a paragraph's first five words (render.ts), so an edit to them renames the paragraph: a typo
// fixed, or a sentence added in front. The home is the paragraph with the anchor's id, else the one paragraph
// with a sentence near its start that opens with those five words, one of them may be changed. Only sentence
// starts count: this author repeats "the recent signs of regional engagement" inside another paragraph's sentence.
function homeOf(model: TextModel, id: string): Paragraph | undefined {
  const same = model.paragraphs.find((p) => p.id === id);
  const key = id.slice(2).split('-').slice(0, OPENING_WORDS);
  if (same || key.length < OPENING_WORDS) return same;
  const openings = openingsOf(model);
  const found = model.paragraphs.filter((_, i) =>
    openings[i]?.some((o) => key.filter((w, k) => o[k] !== w).length <= 1),
  );
  return found.length === 1 ? found[0] : undefined;
}

const openingCache = new WeakMap<TextModel, string[][][]>();

// For each paragraph, the first five words (as ids spell them) of each sentence that starts near its beginning.
function openingsOf(model: TextModel): string[][][] {
  let cached = openingCache.get(model);
  if (!cached) {
    cached = model.paragraphs.map((p) =>
      [...p.text.slice(0, OPENING).matchAll(SENTENCE_START)].map((m) =>
        words(p.text.slice(m.index + m[0].length, m.index + m[0].length + 120)).slice(0, OPENING_WORDS),
      ),
    );
    openingCache.set(model, cached);
  }
  return cached;
}

// A text's words as render.ts makes ids of them.
const words = (text: string) =>
  text
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9\s]/g, '')
    .split(/\s+/)
    .filter(Boolean);

// A good score and, unless the quote is long enough to speak for itself, one recognisable neighbour.
function accepted(anchor: Anchor, c: Scored): boolean {
  const long = anchor.quote.exact.length - c.errors >= SELF_EVIDENT_QUOTE_LENGTH;
  if (long && c.errors === 0) return true;
  return c.score >= ACCEPT_THRESHOLD && (long || Math.max(c.before, c.after) >= STRONG_CONTEXT);
}

// Searches the home paragraph: a match may start anywhere in it and run on by the quote's length and its errors.
function fuzzyMatch(
  model: TextModel,
  anchor: Anchor,
  from: number,
  to: number,
  exactHits: readonly Candidate[],
): Scored | null {
  const { text } = model;
  const { exact } = anchor.quote;
  const maxErrors = Math.min(MAX_ERRORS, Math.floor(exact.length * MAX_ERROR_RATE));
  if (maxErrors === 0) return null;
  const end = Math.min(text.length, to + exact.length + maxErrors);
  const found = search(blankOut(text, from, end, exactHits), exact, maxErrors)
    .map((m) => ({ ...m, start: m.start + from, end: m.end + from }))
    .filter((m) => m.start < to);
  return found.length > 0 ? bestOf(model, anchor, found) : null;
}

// approx-string-match reports only the lowest-error matches, so exact copies of the quote (already scored) would
// hide an edited original: they are blanked out of the searched slice.
function blankOut(text: string, from: number, to: number, hits: readonly Candidate[]): string {
  let out = '';
  let at = from;
  for (const c of hits) {
    if (c.end <= at || c.start >= to) continue;
    out += text.slice(at, Math.max(at, c.start)) + '\0'.repeat(Math.min(c.end, to) - Math.max(at, c.start));
    at = Math.min(c.end, to);
  }
  return out + text.slice(at, to);
}

// A fuzzy match's edges are where the library puts its errors: where the quote's first word (or a sentence
// after it) was deleted, the match runs into the neighbouring words or the next paragraph instead. An edge that
// neither starts (ends) like the quote nor still touches its stored context is moved inwards to the first
// whitespace boundary whose next (previous) EDGE characters occur in the quote.
function trimEdges(text: string, anchor: Anchor, c: Candidate): { start: number; end: number } {
  const { exact, prefix, suffix } = anchor.quote;
  const k = Math.min(EDGE, exact.length);
  const has = (s: string) => exact.includes(s);
  let { start, end } = c;
  if (!text.startsWith(exact.slice(0, k), start) && !(prefix && text.endsWith(prefix.slice(-k), start))) {
    for (let i = start + 1; i < end - k; i++) {
      if (/\s/.test(text[i - 1] as string) && !/\s/.test(text[i] as string) && has(text.slice(i, i + k))) {
        start = i;
        break;
      }
    }
  }
  if (!text.endsWith(exact.slice(-k), end) && !(suffix && text.startsWith(suffix.slice(0, k), end))) {
    for (let i = end - 1; i > start + k; i--) {
      if (/\s/.test(text[i] as string) && !/\s/.test(text[i - 1] as string) && has(text.slice(i - k, i))) {
        end = i;
        break;
      }
    }
  }
  return { start, end };
}

/** Attaches many anchors against one model (the benchmark's and the reader's load-time call). */
export function attachAll(model: TextModel, anchors: readonly Anchor[]): (Attachment | null)[] {
  return anchors.map((a) => attach(model, a));
}

// Scores a candidate (0..1) like Hypothesis' match-quote.ts: weighted quote, prefix and suffix similarity (its
// position term only breaks ties, in bestOf).
function score(model: TextModel, anchor: Anchor, c: Candidate): Scored {
  const { text } = model;
  const { exact, prefix, suffix } = anchor.quote;
  const quote = 1 - c.errors / exact.length;
  // Empty context means the passage touched the start or end of the article: full marks only if it still does.
  const before = prefix ? similarity(text.slice(Math.max(0, c.start - prefix.length), c.start), prefix) : edge(c.start);
  const after = suffix ? similarity(text.slice(c.end, c.end + suffix.length), suffix) : edge(text.length - c.end);
  const total = WEIGHT.quote * quote + WEIGHT.prefix * before + WEIGHT.suffix * after;
  return { ...c, score: total / WEIGHT_SUM, before, after };
}

// Only the most promising candidates get the full score: those whose immediate neighbours agree with the stored
// context (cheap, no search), then the nearest. Ties (a phrase repeated with identical context) go to the
// occurrence closest to where the passage used to be.
function bestOf(model: TextModel, anchor: Anchor, candidates: Candidate[]): Scored {
  const { text } = model;
  const hint = anchor.position.start;
  const shortlist =
    candidates.length <= MAX_CANDIDATES
      ? candidates
      : candidates
          .map((c) => ({ c, agree: agreement(text, anchor, c), distance: Math.abs(c.start - hint) }))
          .sort((x, y) => y.agree - x.agree || x.distance - y.distance)
          .slice(0, MAX_CANDIDATES)
          .map((x) => x.c);
  let best: Scored | null = null;
  for (const c of shortlist) {
    const scored = score(model, anchor, c);
    const closer = best && scored.score === best.score && Math.abs(c.start - hint) < Math.abs(best.start - hint);
    if (!best || scored.score > best.score || closer) best = scored;
  }
  return best as Scored;
}

// Characters of the stored context that still touch the candidate unchanged, on both sides.
function agreement(text: string, anchor: Anchor, c: Candidate): number {
  const { prefix, suffix } = anchor.quote;
  let n = 0;
  while (n < prefix.length && text[c.start - 1 - n] === prefix[prefix.length - 1 - n]) n++;
  let m = 0;
  while (m < suffix.length && text[c.end + m] === suffix[m]) m++;
  return n + m;
}

// Context shorter than CONTEXT_LENGTH was cut by the start or end of the article, so it must still touch it.
function looksDeleted(text: string, prefix: string, suffix: string): boolean {
  if (prefix.length + suffix.length < MIN_DELETION_EVIDENCE) return false;
  const joined = prefix + suffix;
  if (prefix.length < CONTEXT_LENGTH) return text.startsWith(joined);
  if (suffix.length < CONTEXT_LENGTH) return text.endsWith(joined);
  return text.includes(joined);
}

function hasContextAt(text: string, anchor: Anchor, start: number, end: number): boolean {
  const { prefix, suffix } = anchor.quote;
  return at(text, end, suffix) && start >= prefix.length && at(text, start - prefix.length, prefix);
}

// Whether `s` is in `text` at `offset`. A slice compared with === is many times faster than startsWith in V8, and
// this runs for every highlight on every page load.
const at = (text: string, offset: number, s: string) => text.slice(offset, offset + s.length) === s;

const edge = (distance: number) => (distance === 0 ? 1 : 0.5);

// Similarity of a context string to the text next to a candidate, 1 - edit distance / length.
function similarity(actual: string, expected: string): number {
  if (expected.length === 0) return 1;
  if (actual === expected) return 1;
  if (actual.length === 0) return 0;
  const [m] = search(actual, expected, expected.length);
  return m ? 1 - m.errors / expected.length : 0;
}

// First bundle, with approx-string-match (~0.9 KB gzip; ~2.2 KB with this file): imported statically so `attach` stays synchronous and
// the reader can place every highlight in one pass right after load. See README.md for the order and threshold.
import search from 'approx-string-match';
import type { Anchor } from '../shared/types.ts';
import { clampToText, paragraphIndexAt, type TextModel } from './text-model.ts';

/** How much context each side a quote keeps: enough to tell repeated phrases apart, small enough to store. */
export const CONTEXT_LENGTH = 32;

/** Minimum score (0..1) for any candidate not found with its exact quote and exact neighbours. */
export const ACCEPT_THRESHOLD = 0.8;

/** A candidate this good is taken without looking further (e.g. an exact quote with one neighbour edited). */
const CONFIDENT = 0.9;

/** An exact quote at least this long is accepted on its own, even when its context was rewritten. */
const SELF_EVIDENT_QUOTE_LENGTH = 32;

const WEIGHT = { quote: 50, prefix: 20, suffix: 20, position: 10, paragraph: 10 } as const;
const WEIGHT_SUM = WEIGHT.quote + WEIGHT.prefix + WEIGHT.suffix + WEIGHT.position + WEIGHT.paragraph;

/** Fuzzy matches may differ from the quote in at most this share of its characters. */
const MAX_ERROR_RATE = 0.25;
const MAX_ERRORS = 256;
/** Characters searched on each side of the old position, widening until a confident match (then the whole text). */
const NEAR = 256;
const FUZZY_WINDOWS = [NEAR, 2048, Number.POSITIVE_INFINITY];
/** Candidates fully scored per search (a short quote can have hundreds of near matches). */
const MAX_CANDIDATES = 64;
/** Context characters that must touch for "prefix + suffix with nothing between" to prove a deletion. */
const MIN_DELETION_EVIDENCE = 16;

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

type Scored = Candidate & { score: number };

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
  const { text } = model;
  const { exact, prefix, suffix } = anchor.quote;
  const hint = anchor.position.start;
  if (exact.length === 0) return null;

  // The common case costs O(quote + context): same text at the same place, with the same neighbours, so a short
  // quote that merely happens to recur at the old offset after an edit is not mistaken for the original.
  if (hasContextAt(text, anchor, hint, hint + exact.length) && text.startsWith(exact, hint)) {
    return { start: hint, end: hint + exact.length, how: 'position' };
  }

  const exactHits: Candidate[] = [];
  for (let i = text.indexOf(exact); i !== -1; i = text.indexOf(exact, i + 1)) {
    exactHits.push({ start: i, end: i + exact.length, errors: 0 });
  }
  const perfect = exactHits.find((c) => hasContextAt(text, anchor, c.start, c.end));
  if (perfect) return { start: perfect.start, end: perfect.end, how: 'quote' };

  // Prefix and suffix now touching means the passage itself was deleted; anything found elsewhere would be a
  // look-alike (this article repeats phrases such as "the Central Asian states").
  if (looksDeleted(text, prefix, suffix)) return null;

  // A good exact copy far away is not enough: the original may sit near the old position with one letter changed,
  // so unless the copy is itself near, the fuzzy search (which looks near first) competes on the same score.
  const quoted = exactHits.length > 0 ? bestOf(model, anchor, exactHits) : null;
  if (quoted && quoted.score >= CONFIDENT && Math.abs(quoted.start - hint) <= NEAR) {
    return { start: quoted.start, end: quoted.end, how: 'quote' };
  }
  const fuzzy = fuzzyMatch(model, anchor, exactHits);
  if (fuzzy && fuzzy.score > (quoted?.score ?? 0) && fuzzy.score >= ACCEPT_THRESHOLD) {
    return { start: fuzzy.start, end: fuzzy.end, how: 'fuzzy' };
  }
  if (quoted && (quoted.score >= ACCEPT_THRESHOLD || exact.length >= SELF_EVIDENT_QUOTE_LENGTH)) {
    return { start: quoted.start, end: quoted.end, how: 'quote' };
  }
  return null;
}

// Searches growing windows around the old position: an edited passage is almost always still near it, and the
// work per highlight stays independent of the article's length until the whole text has to be searched.
function fuzzyMatch(model: TextModel, anchor: Anchor, exactHits: readonly Candidate[]): Scored | null {
  const { text } = model;
  const { exact } = anchor.quote;
  const hint = anchor.position.start;
  const maxErrors = Math.min(MAX_ERRORS, Math.floor(exact.length * MAX_ERROR_RATE));
  if (maxErrors === 0) return null;
  let best: Scored | null = null;
  for (const radius of FUZZY_WINDOWS) {
    const a = Math.max(0, hint - radius);
    const b = Math.min(text.length, hint + exact.length + radius);
    const hits = search(blankOut(text, a, b, exactHits), exact, maxErrors);
    if (hits.length > 0) {
      const found = bestOf(
        model,
        anchor,
        hits.map((m) => ({ ...m, start: m.start + a, end: m.end + a })),
      );
      if (!best || found.score > best.score) best = found;
      if (best.score >= CONFIDENT) break;
    }
    if (a === 0 && b === text.length) break;
  }
  return best;
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

/** Attaches many anchors against one model (the benchmark's and the reader's load-time call). */
export function attachAll(model: TextModel, anchors: readonly Anchor[]): (Attachment | null)[] {
  return anchors.map((a) => attach(model, a));
}

/** Scores a candidate (0..1) like Hypothesis' match-quote.ts: weighted quote, prefix, suffix and position similarity. */
function scoreCandidate(model: TextModel, anchor: Anchor, c: Candidate): number {
  const { text } = model;
  const { exact, prefix, suffix } = anchor.quote;
  const quote = 1 - c.errors / exact.length;
  // Empty context means the passage touched the start or end of the article: full marks only if it still does.
  const before = prefix ? similarity(text.slice(Math.max(0, c.start - prefix.length), c.start), prefix) : edge(c.start);
  const after = suffix ? similarity(text.slice(c.end, c.end + suffix.length), suffix) : edge(text.length - c.end);
  const distance = Math.abs(c.start - anchor.position.start);
  const position = Math.max(0, 1 - distance / Math.max(1, text.length));
  // Paragraph ids come from a paragraph's opening words, so they survive most edits: a candidate in another
  // paragraph while the original one still exists is probably a repeat of the phrase, not the passage.
  const home = model.paragraphs[paragraphIndexAt(model, c.start)]?.id;
  const paragraph =
    home === anchor.paragraphId ? 1 : model.paragraphs.some((p) => p.id === anchor.paragraphId) ? 0 : 0.5;
  return (
    (WEIGHT.quote * quote +
      WEIGHT.prefix * before +
      WEIGHT.suffix * after +
      WEIGHT.position * position +
      WEIGHT.paragraph * paragraph) /
    WEIGHT_SUM
  );
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
    const score = scoreCandidate(model, anchor, c);
    const closer = best && score === best.score && Math.abs(c.start - hint) < Math.abs(best.start - hint);
    if (!best || score > best.score || closer) best = { ...c, score };
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
  return text.startsWith(suffix, end) && start >= prefix.length && text.startsWith(prefix, start - prefix.length);
}

const edge = (distance: number) => (distance === 0 ? 1 : 0.5);

// Similarity of a context string to the text next to a candidate, 1 - edit distance / length.
function similarity(actual: string, expected: string): number {
  if (expected.length === 0) return 1;
  if (actual === expected) return 1;
  if (actual.length === 0) return 0;
  const [m] = search(actual, expected, expected.length);
  return m ? 1 - m.errors / expected.length : 0;
}

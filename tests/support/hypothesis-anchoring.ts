/**
 * A re-implementation of how the Hypothesis client re-attaches a text annotation, kept only as the yardstick for
 * this project's `attach` (the ground-truth test and `npm run bench`). Never shipped.
 *
 * Faithful to hypothesis/client `src/annotator/anchoring/html.ts` and `match-quote.ts`: the TextPositionSelector
 * first, kept only if the text there is still the quote; else `matchQuote` — every exact `indexOf` occurrence,
 * or, when there is none, approx-string-match over the whole text with maxErrors = min(256, quote length / 2);
 * each candidate scored 50 quote / 20 prefix / 20 suffix / 2 position; the best one wins. The client itself
 * takes the best at any score; issue 9 measures it with an acceptance threshold of 0.75, as here.
 */
import search from 'approx-string-match';
import type { Anchor } from '../../src/shared/types.ts';

/** The acceptance threshold issue 9 sets for the comparison. */
const HYPOTHESIS_THRESHOLD = 0.75;

interface Match {
  start: number;
  end: number;
  errors: number;
}

// match-quote.ts `search`: exact occurrences first, because approx-string-match does not short-cut them.
function find(text: string, str: string, maxErrors: number): Match[] {
  const exact: Match[] = [];
  for (let at = text.indexOf(str); at !== -1; at = text.indexOf(str, at + 1)) {
    exact.push({ start: at, end: at + str.length, errors: 0 });
  }
  return exact.length > 0 ? exact : search(text, str, maxErrors);
}

// match-quote.ts `textMatchScore`.
function textMatchScore(text: string, str: string): number {
  if (str.length === 0 || text.length === 0) return 0;
  const [best] = find(text, str, str.length);
  return best ? 1 - best.errors / str.length : 0;
}

/** match-quote.ts `matchQuote`: the best-scoring candidate for `quote` in `text`, or null if there is none. */
function matchQuote(
  text: string,
  quote: string,
  context: { prefix?: string; suffix?: string; hint?: number },
): { start: number; end: number; score: number } | null {
  if (quote.length === 0) return null;
  const matches = find(text, quote, Math.min(256, quote.length / 2));
  let best: { start: number; end: number; score: number } | null = null;
  for (const m of matches) {
    const quoteScore = 1 - m.errors / quote.length;
    const prefixScore = context.prefix
      ? textMatchScore(text.slice(Math.max(0, m.start - context.prefix.length), m.start), context.prefix)
      : 1;
    const suffixScore = context.suffix
      ? textMatchScore(text.slice(m.end, m.end + context.suffix.length), context.suffix)
      : 1;
    const posScore = typeof context.hint === 'number' ? 1 - Math.abs(m.start - context.hint) / text.length : 1;
    const score = (50 * quoteScore + 20 * prefixScore + 20 * suffixScore + 2 * posScore) / 92;
    // The client sorts by score and takes the first: on a tie the earlier match (sort is stable).
    if (!best || score > best.score) best = { start: m.start, end: m.end, score };
  }
  return best;
}

/** html.ts `anchor` for one highlight: position checked against the quote, else the best quote match ≥ 0.75. */
export function hypothesisAttach(text: string, anchor: Anchor): { start: number; end: number } | null {
  const { exact, prefix, suffix } = anchor.quote;
  const { start, end } = anchor.position;
  if (exact && text.slice(start, end) === exact) return { start, end };
  const match = matchQuote(text, exact, { prefix, suffix, hint: start });
  return match && match.score >= HYPOTHESIS_THRESHOLD ? { start: match.start, end: match.end } : null;
}

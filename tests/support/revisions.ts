/**
 * Revisions of the article built from known edits, so the true place of every highlight in the revised text is
 * known character by character (issue 9 part 3). Shared by the ground-truth unit test and `npm run bench`.
 *
 * Every character of a revision carries its origin: its offset in the original text, or -1 if the edit wrote it.
 * Paragraph ids are the build's own (`paragraphId`, from the first five words), so an edit to a paragraph's
 * opening words renames it exactly as a rebuilt page would.
 */
import { createHash } from 'node:crypto';
import article from '../fixtures/annotations/article.json' with { type: 'json' };
import { describe as describeAnchor } from '../../src/annotations/anchoring.ts';
import { modelFromParagraphs, PARAGRAPH_SEPARATOR, type TextModel } from '../../src/annotations/text-model.ts';
import { paragraphId } from '../../src/build/content/render.ts';
import type { Anchor } from '../../src/shared/types.ts';

export interface Revision {
  name: string;
  model: TextModel;
  /** For each character of `model.text`: its offset in the original text, or -1 if the revision added it. */
  origin: Int32Array;
}

/** A highlight on the original text and the anchor the reader stored for it. */
interface Truth {
  start: number;
  end: number;
  anchor: Anchor;
}

/** How a re-attached highlight compares with its true place. */
export type Outcome = 'exact' | 'rough' | 'lost' | 'misplaced';

// Letters and digits are text; a space or a full stop next to a passage is not "the wrong text".
const WORD = /[\p{L}\p{N}]/u;

interface Char {
  c: string;
  o: number;
}

/** A deterministic generator (mulberry32), so every run builds the same revisions and highlights. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A model of these paragraph texts with the build's ids and content version (render.ts): a hash of the text. */
export function withBuildIds(texts: readonly string[]): TextModel {
  const taken = new Set<string>();
  const version = createHash('sha256').update(texts.join(PARAGRAPH_SEPARATOR)).digest('hex').slice(0, 12);
  return modelFromParagraphs(
    texts.map((text) => ({ id: paragraphId(text, taken), text })),
    version,
  );
}

/** The seed article with the ids the build gives its paragraphs. */
export const ORIGINAL: TextModel = withBuildIds(article.paragraphs.map((p) => p.text));

/** The original paragraphs as editable characters, each knowing its offset in the original text. */
function draft(): Char[][] {
  return ORIGINAL.paragraphs.map((p) => [...p.text].map((c, i) => ({ c, o: p.start + i })));
}

const added = (s: string): Char[] => [...s].map((c) => ({ c, o: -1 }));
const textOf = (cs: readonly Char[]) => cs.map((x) => x.c).join('');

// A separator keeps its origin only where the two paragraphs it joins were neighbours, in that order, before.
function finish(name: string, paragraphs: Char[][]): Revision {
  const chars: Char[] = [];
  paragraphs.forEach((p, k) => {
    if (k > 0) {
      const a = lastOrigin(paragraphs[k - 1] ?? []);
      const b = p.find((x) => x.o >= 0)?.o ?? -1;
      const kept =
        a >= 0 && b === a + 1 + PARAGRAPH_SEPARATOR.length && ORIGINAL.text.slice(a + 1, b) === PARAGRAPH_SEPARATOR;
      for (let i = 0; i < PARAGRAPH_SEPARATOR.length; i++) {
        chars.push({ c: PARAGRAPH_SEPARATOR[i] as string, o: kept ? a + 1 + i : -1 });
      }
    }
    chars.push(...p);
  });
  const model = withBuildIds(paragraphs.map(textOf));
  if (textOf(chars) !== model.text) throw new Error('revision: origins out of step with the text');
  return { name, model, origin: Int32Array.from(chars, (x) => x.o) };
}

function lastOrigin(p: readonly Char[]): number {
  for (let i = p.length - 1; i >= 0; i--) if ((p[i] as Char).o >= 0) return (p[i] as Char).o;
  return -1;
}

/** The article as it was. */
function unchanged(): Revision {
  return finish('unchanged text', draft());
}

/** `count` one-letter edits inside words (a letter replaced, added or dropped), plus the author's two real typos. */
export function typosFixed(count = 40, seed = 1): Revision {
  const rnd = random(seed);
  const ps = draft();
  const fix = (k: number, from: string, to: string) => {
    const p = ps[k] as Char[];
    const at = textOf(p).indexOf(from);
    if (at < 0) throw new Error(`revision: "${from}" not in paragraph ${k}`);
    p.splice(at, from.length, ...added(to));
  };
  fix(3, 'th region', 'the region');
  fix(4, 'rgion', 'region');
  for (let n = 0; n < count; n++) {
    const p = ps[Math.floor(rnd() * ps.length)] as Char[];
    const letters = p.map((x, i) => (/\p{L}/u.test(x.c) ? i : -1)).filter((i) => i >= 0);
    const at = letters[Math.floor(rnd() * letters.length)] as number;
    const letter = 'etaoinshrdlu'[Math.floor(rnd() * 12)] as string;
    const kind = Math.floor(rnd() * 3);
    // A letter replaced by itself would be no edit at all, yet would count as new text.
    if (kind === 0) p.splice(at, 1, ...added(letter === p[at]?.c ? 'x' : letter));
    else if (kind === 1) p.splice(at, 0, ...added(letter));
    else p.splice(at, 1);
  }
  return finish('typos fixed', ps);
}

const NEW_SENTENCES = [
  'This is where the Central Asian states come in.',
  'The region has seen such plans before.',
  'China’s interests are not the only ones at stake.',
  'Kazakhstan and Uzbekistan are the largest economies of the region.',
  'Much depends on how the states in the region respond.',
  'The BRI is, after all, a framework rather than a treaty.',
  'These questions are taken up again below.',
];

// Sentence boundaries: after . ? or ! and any closing quote, before the white space that follows.
function sentenceEnds(text: string): number[] {
  return [...text.matchAll(/[.?!][’”]?(?=\s)/g)].map((m) => (m.index ?? 0) + m[0].length);
}

/** A new sentence added to every paragraph and one sentence deleted from every other paragraph. */
function sentencesInsertedAndDeleted(seed = 2): Revision {
  const rnd = random(seed);
  const ps = draft();
  ps.forEach((p, k) => {
    if (k % 2 === 1) {
      const text = textOf(p);
      const ends = [0, ...sentenceEnds(text)];
      if (ends.length > 1) {
        const i = Math.floor(rnd() * (ends.length - 1));
        p.splice(ends[i] as number, (ends[i + 1] as number) - (ends[i] as number));
      }
    }
    const ends = [0, ...sentenceEnds(textOf(p))];
    const at = ends[Math.floor(rnd() * ends.length)] as number;
    const sentence = NEW_SENTENCES[k % NEW_SENTENCES.length] as string;
    p.splice(at, 0, ...added(at === 0 ? `${sentence} ` : ` ${sentence}`));
  });
  return finish('sentences inserted and deleted', ps);
}

/** The paragraphs in another order, with the one at `removed` (0-based, original order) gone. */
export function paragraphsReordered(removed = 3, order = [6, 2, 0, 5, 3, 1, 4]): Revision {
  const ps = draft();
  return finish(
    'paragraphs reordered, one removed',
    order.filter((k) => k !== removed).map((k) => ps[k] as Char[]),
  );
}

/** All of the above at once. */
function everything(): Revision {
  const a = sentencesInsertedAndDeleted(3);
  // Re-run the other edits on the already revised paragraphs, keeping their origins.
  const chars = paragraphsOf(a);
  const rnd = random(4);
  for (let n = 0; n < 30; n++) {
    const p = chars[Math.floor(rnd() * chars.length)] as Char[];
    const letters = p.map((x, i) => (/\p{L}/u.test(x.c) ? i : -1)).filter((i) => i >= 0);
    const at = letters[Math.floor(rnd() * letters.length)] as number;
    const letter = 'etaoinshrdlu'[Math.floor(rnd() * 12)] as string;
    p.splice(at, 1, ...added(letter === p[at]?.c ? 'x' : letter));
  }
  const order = [4, 0, 6, 2, 5, 1];
  return finish(
    'everything at once',
    order.map((k) => chars[k] as Char[]),
  );
}

function paragraphsOf(r: Revision): Char[][] {
  return r.model.paragraphs.map((p) => [...p.text].map((c, i) => ({ c, o: r.origin[p.start + i] as number })));
}

/** The revisions the test and the bench both run, in table order. */
export function allRevisions(): Revision[] {
  return [unchanged(), typosFixed(), sentencesInsertedAndDeleted(), paragraphsReordered(), everything()];
}

/**
 * `count` highlights on the original text, as a reader makes them: whole words, from one word (a few characters)
 * to a few sentences, a few across two paragraphs.
 */
export function highlights(count = 1000, seed = 7): Truth[] {
  const rnd = random(seed);
  const words = [...ORIGINAL.text.matchAll(/[^\s\u00a0]+/g)].map((m) => ({
    start: m.index ?? 0,
    end: (m.index ?? 0) + m[0].length,
  }));
  const out: Truth[] = [];
  for (let i = 0; i < count; i++) {
    const r = rnd();
    const length =
      r < 0.4 ? 1 + Math.floor(rnd() * 3) : r < 0.85 ? 4 + Math.floor(rnd() * 9) : 13 + Math.floor(rnd() * 40);
    const first = Math.floor(rnd() * (words.length - length));
    const start = (words[first] as { start: number }).start;
    const end = (words[first + length - 1] as { end: number }).end;
    out.push({ start, end, anchor: describeAnchor(ORIGINAL, start, end, ORIGINAL.version ?? '') });
  }
  return out;
}

/** How many of the highlight's characters survive in the revision, and the span from the first to the last. */
export function truePlace(r: Revision, t: Truth): { start: number; end: number; survivors: number } | null {
  let first = -1;
  let last = -1;
  let survivors = 0;
  for (let i = 0; i < r.origin.length; i++) {
    const o = r.origin[i] as number;
    if (o >= t.start && o < t.end) {
      if (first < 0) first = i;
      last = i;
      survivors++;
    }
  }
  return survivors === 0 ? null : { start: first, end: last + 1, survivors };
}

/**
 * Judges a re-attached highlight against its true place: `misplaced` if it covers a letter or digit of the
 * original text from outside the highlight, or less than half of what is left of it (so mostly added text);
 * `exact` if it is exactly the span from the first to the last surviving character of the highlight; `rough`
 * otherwise; `lost` if null.
 */
export function judge(r: Revision, t: Truth, placed: { start: number; end: number } | null): Outcome {
  if (!placed) return 'lost';
  const truth = truePlace(r, t);
  let covered = 0;
  for (let i = placed.start; i < placed.end; i++) {
    const o = r.origin[i] as number;
    if (o >= 0 && (o < t.start || o >= t.end) && WORD.test(r.model.text[i] as string)) return 'misplaced';
    if (o >= t.start && o < t.end) covered++;
  }
  if (!truth || covered * 2 < truth.survivors) return 'misplaced';
  return placed.start === truth.start && placed.end === truth.end ? 'exact' : 'rough';
}

/** True when the highlight's text and its stored context survive unchanged and together in the revision. */
export function intact(r: Revision, t: Truth): boolean {
  const from = t.start - t.anchor.quote.prefix.length;
  const to = t.end + t.anchor.quote.suffix.length;
  const at = r.origin.indexOf(from);
  if (at < 0) return false;
  for (let k = 0; k < to - from; k++) if (r.origin[at + k] !== from + k) return false;
  return true;
}

/** Counts of each outcome for one way of attaching over one revision. */
export function tally(
  r: Revision,
  truths: readonly Truth[],
  attachOne: (model: TextModel, anchor: Anchor) => { start: number; end: number } | null,
): Record<Outcome, number> {
  const counts: Record<Outcome, number> = { exact: 0, rough: 0, lost: 0, misplaced: 0 };
  for (const t of truths) counts[judge(r, t, attachOne(r.model, t.anchor))]++;
  return counts;
}

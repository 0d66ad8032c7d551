/**
 * Re-attaching side by side (issue 9 part 3): this project's `attach` against a re-implementation of the
 * Hypothesis client's approach (tests/support/hypothesis-anchoring.ts), on the same 1,000 highlights and the same
 * revisions built from known edits (tests/support/revisions.ts), in this one Node process. Each row gives both
 * times (median of interleaved runs, each a cold pass over all 1,000: a fresh model, as after a page load), the
 * ratio (goal ≤ 1.0), and what each placed: exactly, roughly, lost ("Could not be placed") or misplaced.
 * Reported, never asserted: wall-clock time on a shared machine is noise in a test.
 * Run alone: `npx tsx tests/bench/reattach.ts`.
 */
import { attach } from '../../src/annotations/anchoring.ts';
import type { TextModel } from '../../src/annotations/text-model.ts';
import { hypothesisAttach } from '../support/hypothesis-anchoring.ts';
import { allRevisions, highlights, type Outcome, type Revision, tally } from '../support/revisions.ts';
import { median } from './rows.ts';

type AttachOne = (model: TextModel, anchor: Parameters<typeof attach>[1]) => { start: number; end: number } | null;

export interface ComparisonRow {
  revision: string;
  oursMs: number;
  theirsMs: number;
  ratio: number;
  ours: Record<Outcome, number>;
  theirs: Record<Outcome, number>;
}

const APPROACHES: Record<'ours' | 'theirs', AttachOne> = {
  ours: attach,
  theirs: (model, anchor) => hypothesisAttach(model.text, anchor),
};

/** Times both approaches on every revision and judges every placement against the known truth. */
export function compareReattach(runs = 15): ComparisonRow[] {
  const truths = highlights(1000);
  // As the reader gets them from IndexedDB: copies, not slices of the text they were made from.
  const anchors = structuredClone(truths.map((t) => t.anchor));
  // One pass: a fresh model object, so nothing either side caches per model survives from the last pass.
  const pass = (r: Revision, one: AttachOne) => {
    const model = { ...r.model };
    const t0 = performance.now();
    for (const a of anchors) one(model, a);
    return performance.now() - t0;
  };
  return allRevisions().map((r) => {
    for (let i = 0; i < 3; i++) for (const one of Object.values(APPROACHES)) pass(r, one);
    // A sub-millisecond pass is timed in batches of about 20 ms, so neither the clock nor a stray pause decides it.
    const fastest = Math.max(0.001, Math.min(pass(r, APPROACHES.ours), pass(r, APPROACHES.theirs)));
    const batch = Math.ceil(20 / fastest);
    const timed = (one: AttachOne) => {
      let ms = 0;
      for (let i = 0; i < batch; i++) ms += pass(r, one);
      return ms / batch;
    };
    const ours: number[] = [];
    const theirs: number[] = [];
    // Interleaved, alternating who goes first, so load on the machine falls on both alike.
    for (let i = 0; i < runs; i++) {
      if (i % 2) ours.push(timed(APPROACHES.ours));
      theirs.push(timed(APPROACHES.theirs));
      if (!(i % 2)) ours.push(timed(APPROACHES.ours));
    }
    const oursMs = median(ours);
    const theirsMs = median(theirs);
    return {
      revision: r.name,
      oursMs,
      theirsMs,
      ratio: oursMs / theirsMs,
      ours: tally(r, truths, APPROACHES.ours),
      theirs: tally(r, truths, APPROACHES.theirs),
    };
  });
}

const counts = (c: Record<Outcome, number>) => `${c.exact} / ${c.rough} / ${c.lost} / ${c.misplaced}`;

/** Prints the comparison as one aligned table. */
export function printComparison(rows: readonly ComparisonRow[]): void {
  const head = [
    're-attach 1,000 highlights',
    'this project',
    'Hypothesis',
    'ratio',
    'this project: exact / rough / lost / misplaced',
    'Hypothesis: exact / rough / lost / misplaced',
  ];
  const cells = rows.map((r) => [
    r.revision,
    `${r.oursMs.toFixed(2)} ms`,
    `${r.theirsMs.toFixed(2)} ms`,
    `${r.ratio.toFixed(2)}${r.ratio <= 1 ? '' : ' (> 1)'}`,
    counts(r.ours),
    counts(r.theirs),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...cells.map((c) => (c[i] ?? '').length)));
  const line = (c: string[]) => c.map((x, i) => (i === 0 ? x.padEnd(widths[i] ?? 0) : x.padStart(widths[i] ?? 0)));
  console.log(line(head).join(' │ '));
  console.log(widths.map((w) => '─'.repeat(w)).join('─┼─'));
  for (const c of cells) console.log(line(c).join(' │ '));
}

if (import.meta.url === `file://${process.argv[1]}`) printComparison(compareReattach());

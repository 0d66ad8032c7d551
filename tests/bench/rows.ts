/** The bench's shared shape: one row per measurement, printed as one table by tests/bench/run.ts. */

export interface BenchRow {
  name: string;
  value: number;
  unit: string;
  /** The most this row may be (or, for scores, the least: see `atLeast`); absent when informational. */
  budget?: number;
  /** True when the budget is a floor (Lighthouse Performance score), not a ceiling. */
  atLeast?: boolean;
  ok?: boolean;
}

/** The median of a list of numbers (NaN for an empty list). */
export const median = (values: readonly number[]): number =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;

/** A row with its budget verdict filled in. */
export function row(name: string, value: number, unit: string, budget?: number, atLeast = false): BenchRow {
  if (budget === undefined) return { name, value, unit };
  return { name, value, unit, budget, atLeast, ok: atLeast ? value >= budget : value <= budget };
}

const fmt = (v: number, unit: string) => {
  if (unit === 'B') return v.toLocaleString('en-US');
  if (unit === 'score') return v.toFixed(3);
  if (unit === 'ms') return v.toFixed(1);
  return Number.isInteger(v) ? String(v) : v.toFixed(3);
};

/** Prints rows as one aligned table. */
export function printTable(rows: readonly BenchRow[]): void {
  const cells = rows.map((r) => [
    r.name,
    `${fmt(r.value, r.unit)} ${r.unit}`,
    r.budget === undefined ? '' : `${r.atLeast ? '≥' : '≤'} ${fmt(r.budget, r.unit)} ${r.unit}`,
    r.ok === undefined ? '' : r.ok ? 'ok' : 'OVER',
  ]);
  const head = ['measure', 'value', 'budget', ''];
  const widths = head.map((h, i) => Math.max(h.length, ...cells.map((c) => (c[i] ?? '').length)));
  const line = (c: string[]) =>
    c.map((x, i) => (i === 1 || i === 2 ? x.padStart(widths[i] ?? 0) : x.padEnd(widths[i] ?? 0))).join(' │ ');
  console.log(line(head));
  console.log(widths.map((w) => '─'.repeat(w)).join('─┼─'));
  for (const c of cells) console.log(line(c));
}

/**
 * tsx compiles the bench with esbuild's keepNames, which wraps named inner functions in a `__name(fn, "name")`
 * call; a function passed to page.evaluate carries that call into the page. This gives pages a no-op helper.
 */
export const KEEP_NAMES_SHIM = 'window.__name = (fn) => fn;';

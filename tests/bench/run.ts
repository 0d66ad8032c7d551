/**
 * `npm run bench`: builds the site, then prints one table of what a reader downloads and how fast it shows, and
 * one of re-attaching highlights side by side with the Hypothesis approach.
 * Byte budgets also fail the tests (tests/e2e/budgets.spec.ts); times are reported here only, never asserted,
 * because wall-clock time on a shared 2-core machine is noise in a test.
 */
import { execSync } from 'node:child_process';
import { copyRows } from './copy.ts';
import { highlightRows } from './highlights.ts';
import { lighthouseRows } from './lighthouse.ts';
import { listenRows } from './listen.ts';
import { mapRows } from './map.ts';
import { compareReattach, printComparison } from './reattach.ts';
import { runOfflineBench } from './offline.ts';
import { type BenchRow, printTable } from './rows.ts';
import { sizeRows } from './sizes.ts';

if (!process.argv.includes('--no-build')) execSync('npm run build', { stdio: 'ignore' });

const rows: BenchRow[] = [...sizeRows()];
const sections: [string, () => Promise<BenchRow[]>][] = [
  ['offline', () => runOfflineBench()],
  ['map', () => mapRows()],
  ['highlights', () => highlightRows()],
  ['listen', () => listenRows()],
  ['copy', () => copyRows()],
  ['lighthouse', () => lighthouseRows()],
];
for (const [name, run] of sections) {
  process.stderr.write(`bench: ${name}…\n`);
  try {
    rows.push(...(await run()));
  } catch (error) {
    rows.push({ name: `${name}: failed (${(error as Error).message.split('\n')[0]})`, value: Number.NaN, unit: '' });
  }
}
// Pure string work in this process, after the browsers have closed: this project's re-attaching against the
// Hypothesis approach on the same highlights and revisions (tests/bench/reattach.ts).
process.stderr.write('bench: re-attaching vs Hypothesis…\n');
const comparison = compareReattach();
printTable(rows);
console.log('');
printComparison(comparison);
const over = rows.filter((r) => r.ok === false);
if (over.length) console.log(`\n${over.length} row(s) over budget: ${over.map((r) => r.name).join('; ')}`);

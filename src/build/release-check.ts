/**
 * Build-time only: `npm run release-check`, everything a release must pass before dist/ is uploaded
 * (deploy/README.md). Builds, measures the byte budgets, audits the shipped dependencies, checks the host
 * configs against the CSP, and runs the browser tests that serve dist/ from a real nginx and with the server
 * gone. Prints one summary table and exits non-zero if any step failed.
 */
import { spawn } from 'node:child_process';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { BUDGETS, firstLoadJs, listFiles, mapFiles, PAGES, sizeOf, total } from './sizes.ts';

type Result = 'pass' | 'FAIL' | 'skipped';

interface Step {
  name: string;
  result: Result;
  detail: string;
  ms: number;
}

const DIST = 'dist';
const steps: Step[] = [];

/** Runs a command with the output streamed (and kept, for the summary); resolves with its exit code. */
function run(command: string, args: string[], env: NodeJS.ProcessEnv = {}): Promise<{ code: number; output: string }> {
  return new Promise((done) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } });
    let output = '';
    const keep = (chunk: Buffer, to: NodeJS.WriteStream) => {
      output += chunk;
      to.write(chunk);
    };
    child.stdout.on('data', (c: Buffer) => keep(c, process.stdout));
    child.stderr.on('data', (c: Buffer) => keep(c, process.stderr));
    child.on('error', (error) => done({ code: 127, output: String(error) }));
    child.on('close', (code) => done({ code: code ?? 1, output }));
  });
}

/** Times one step and records its result; a step that throws fails with the error's message. */
async function step(name: string, body: () => Promise<{ result: Result; detail: string }>): Promise<Result> {
  console.log(`\n▶ ${name}`);
  const start = performance.now();
  let outcome: { result: Result; detail: string };
  try {
    outcome = await body();
  } catch (error) {
    outcome = { result: 'FAIL', detail: error instanceof Error ? error.message : String(error) };
  }
  steps.push({ name, ...outcome, ms: performance.now() - start });
  return outcome.result;
}

const skip = (name: string, why: string) => steps.push({ name, result: 'skipped', detail: why, ms: 0 });
const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} KB`;

/** The byte budgets of src/build/sizes.ts on the built files (the same numbers budgets.spec.ts asserts). */
function budgets(): { result: Result; detail: string } {
  const checks: [what: string, bytes: number, limit: number][] = [
    ...PAGES.flatMap(({ file }): [string, number, number][] => [
      [`first HTML of ${file} (brotli)`, sizeOf(DIST, file).brotli, BUDGETS.firstHtmlBrotli],
      [
        `first-load JS of ${file} (brotli)`,
        total(
          'js',
          firstLoadJs(DIST, file).map((f) => sizeOf(DIST, f)),
        ).brotli,
        BUDGETS.firstLoadJsBrotli,
      ],
    ]),
    [
      'map code + data (brotli)',
      total(
        'map',
        mapFiles(DIST).map((f) => sizeOf(DIST, f)),
      ).brotli,
      BUDGETS.mapBrotli,
    ],
    [
      'largest file (Workbox skips > 2 MiB)',
      Math.max(...listFiles(DIST).map((f) => statSync(join(DIST, f)).size)),
      BUDGETS.precacheFileMax,
    ],
  ];
  const over: string[] = [];
  for (const [what, bytes, limit] of checks) {
    const ok = bytes <= limit;
    console.log(`  ${ok ? 'ok  ' : 'OVER'} ${what}: ${kb(bytes)} of ${kb(limit)}`);
    if (!ok) over.push(what);
  }
  return over.length
    ? { result: 'FAIL', detail: `over budget: ${over.join(', ')}` }
    : { result: 'pass', detail: checks.map(([w, b, l]) => `${w.split(' (')[0]} ${kb(b)}/${kb(l)}`).join('; ') };
}

/**
 * `npm audit` needs the registry's advisory endpoint. When that endpoint cannot be reached the dependencies
 * were not checked, which is a failure, unless RELEASE_CHECK_ALLOW_NO_AUDIT=1 says the operator knows.
 */
async function audit(): Promise<{ result: Result; detail: string }> {
  const { code, output } = await run('npm', ['audit', '--omit=dev', '--audit-level=high']);
  if (code === 0)
    return { result: 'pass', detail: output.match(/found \d+ vulnerabilit\w+/)?.[0] ?? 'no high or critical' };
  if (/audit endpoint returned an error|ENOTFOUND|ECONNREFUSED|EAI_AGAIN|ETIMEDOUT/.test(output)) {
    const why = 'advisory endpoint unreachable: dependencies NOT audited';
    return process.env.RELEASE_CHECK_ALLOW_NO_AUDIT === '1'
      ? { result: 'skipped', detail: `${why} (RELEASE_CHECK_ALLOW_NO_AUDIT=1)` }
      : { result: 'FAIL', detail: why };
  }
  return { result: 'FAIL', detail: output.match(/\d+ (high|critical)[^\n]*/)?.[0] ?? 'high or critical advisories' };
}

const BROWSER_SPECS = [
  'tests/e2e/nginx.spec.ts',
  'tests/e2e/offline.spec.ts',
  'tests/e2e/budgets.spec.ts',
  'tests/e2e/privacy.spec.ts',
];

/** Playwright's own summary line ("12 passed (40s)", "1 failed"), for the table. */
function playwrightSummary(output: string): string {
  return (
    [...output.matchAll(/^\s*(\d+ (passed|failed|flaky|skipped|did not run)).*$/gm)].map((m) => m[1]).join(', ') ||
    'see output above'
  );
}

function printTable(): void {
  const rows = steps.map((s) => [
    s.name,
    s.result === 'pass' ? 'pass' : s.result,
    `${(s.ms / 1000).toFixed(1)} s`,
    s.detail,
  ]);
  const head = ['step', 'result', 'time', 'detail'];
  const width = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] as string).length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) =>
        i === 2 ? c.padStart(width[i] as number) : i === cells.length - 1 ? c : c.padEnd(width[i] as number),
      )
      .join(' | ');
  console.log(`\n${line(head)}\n${width.map((w) => '-'.repeat(w)).join('-|-')}`);
  for (const row of rows) console.log(line(row));
}

const built = await step('build (npm run build)', async () => {
  const { code } = await run('npm', ['run', 'build']);
  return code === 0
    ? { result: 'pass', detail: `${listFiles(DIST).length} files in dist/` }
    : { result: 'FAIL', detail: `exit ${code}` };
});
if (built === 'pass') await step('byte budgets (src/build/sizes.ts)', async () => budgets());
else skip('byte budgets (src/build/sizes.ts)', 'no build');
await step('npm audit --omit=dev --audit-level=high', audit);
await step('host configs vs CSP (vitest host-config)', async () => {
  // Without colours, so the summary line can be read back.
  const { code, output } = await run('npx', ['vitest', 'run', 'tests/unit/build/host-config.test.ts'], {
    NO_COLOR: '1',
  });
  const tests = output.match(/Tests\s+([^\n]*)/)?.[1]?.trim();
  return { result: code === 0 ? 'pass' : 'FAIL', detail: tests ?? `exit ${code}` };
});
if (built === 'pass') {
  await step('browser: nginx, offline, budgets, privacy', async () => {
    const { code, output } = await run('npx', ['playwright', 'test', ...BROWSER_SPECS]);
    return { result: code === 0 ? 'pass' : 'FAIL', detail: playwrightSummary(output) };
  });
} else skip('browser: nginx, offline, budgets, privacy', 'no build');

printTable();
const failed = steps.filter((s) => s.result === 'FAIL');
console.log(
  failed.length ? `\nRelease check FAILED: ${failed.map((s) => s.name).join('; ')}` : '\nRelease check passed.',
);
process.exitCode = failed.length ? 1 : 0;

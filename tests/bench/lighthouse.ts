/** Lighthouse 12.2.3 with its mobile defaults (simulated slow 4G, 4x CPU), median of 3 runs, on dist/. */
import lighthouse from 'lighthouse';
import { chromium } from 'playwright-core';
import { CHROMIUM_LAUNCH } from '../e2e/chromium.ts';
import { startServer } from '../e2e/server.ts';
import { type BenchRow, median, row } from './rows.ts';

const PORT = 9333;

/** Performance score, FCP, LCP, TBT and CLS, each the median of `runs` runs. */
export async function lighthouseRows(root = 'dist', runs = 3): Promise<BenchRow[]> {
  const server = await startServer({ root });
  // Lighthouse drives Chromium over the DevTools port; Playwright only starts Debian's build for it.
  const browser = await chromium.launch({
    ...CHROMIUM_LAUNCH,
    args: [...CHROMIUM_LAUNCH.args, `--remote-debugging-port=${PORT}`],
  });
  const results: Record<string, number[]> = { score: [], fcp: [], lcp: [], tbt: [], cls: [] };
  try {
    for (let i = 0; i < runs; i++) {
      const result = await lighthouse(`${server.url}/`, {
        port: PORT,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance'],
      });
      const lhr = result?.lhr;
      if (!lhr) throw new Error('Lighthouse returned no result');
      const audit = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
      results.score?.push(lhr.categories.performance?.score ?? 0);
      results.fcp?.push(audit('first-contentful-paint'));
      results.lcp?.push(audit('largest-contentful-paint'));
      results.tbt?.push(audit('total-blocking-time'));
      results.cls?.push(audit('cumulative-layout-shift'));
    }
  } finally {
    await browser.close();
    await server.stop();
  }
  const m = (k: string) => median(results[k] ?? []);
  return [
    row('Lighthouse mobile: Performance', m('score'), 'score', 0.98, true),
    row('Lighthouse mobile: FCP', m('fcp'), 'ms'),
    row('Lighthouse mobile: LCP', m('lcp'), 'ms', 1500),
    row('Lighthouse mobile: TBT', m('tbt'), 'ms'),
    row('Lighthouse mobile: CLS', m('cls'), 'score', 0),
  ];
}

/**
 * Benchmark rows for the offline machinery, measured in real Chromium against the built site:
 * - bytes a 390 px wide, DPR 3 phone downloads to be fully offline: every response of a first visit (the page's
 *   own and the service worker's precache and photo fetches), as transferred (compressed, headers included),
 *   until the status says "Available offline";
 * - time from navigation to the article text painted (first-contentful-paint) on an offline repeat visit,
 *   median of 5.
 * `runOfflineBench()` is what the bench runner calls; `tsx tests/bench/offline.ts` prints the rows alone.
 */
import { chromium } from 'playwright-core';
import { CHROMIUM_LAUNCH } from '../e2e/chromium.ts';
import { startServer } from '../e2e/server.ts';

export interface BenchRow {
  name: string;
  value: number;
  unit: string;
  /** The most this row may be; absent when the row is informational. */
  budget?: number;
  ok?: boolean;
}

/** Everything offline must cost a reader at most this many bytes over the air. */
export const OFFLINE_BYTES_BUDGET = 600 * 1000;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;

/** Runs both measurements on dist/ (or `root`) and returns the bench rows. */
export async function runOfflineBench({ root = 'dist', runs = 5 } = {}): Promise<BenchRow[]> {
  const server = await startServer({ root });
  const browser = await chromium.launch(CHROMIUM_LAUNCH);
  try {
    const context = await browser.newContext({
      viewport: { width: 390, height: 844 },
      deviceScaleFactor: 3,
      isMobile: true,
      hasTouch: true,
      serviceWorkers: 'allow',
    });
    let bytes = 0;
    let requests = 0;
    // Context-level events include the service worker's own fetches (Chromium); sizes() reports the encoded
    // (on-the-wire) body from CDP's encodedDataLength plus the headers. Responses the worker answered from its
    // cache cost nothing over the air and are skipped.
    context.on('requestfinished', async (request) => {
      const response = await request.response();
      if (!response || response.fromServiceWorker()) return;
      const sizes = await request.sizes();
      // A response from the HTTP cache reports a body size ≤ 0 (encodedDataLength 0 minus headers): free.
      if (sizes.responseBodySize <= 0) return;
      bytes += sizes.responseBodySize + sizes.responseHeadersSize;
      requests++;
    });
    const page = await context.newPage();
    await page.goto(server.url);
    await page.getByRole('status').filter({ hasText: 'Available offline' }).waitFor({ timeout: 60_000 });
    // Let the last requestfinished handlers settle.
    await page.waitForTimeout(500);
    // CDP does not report the worker script's own download; the server's count of body bytes covers it.
    const firstVisitBytes = bytes;
    const firstVisitRequests = requests;
    const serverBytes = server.bytesSent();

    await server.stop();
    const paints: number[] = [];
    for (let i = 0; i < runs; i++) {
      await page.goto(server.url, { waitUntil: 'load' });
      const fcp = await page.evaluate(
        () =>
          new Promise<number>((resolve) => {
            const entry = performance.getEntriesByName('first-contentful-paint')[0];
            if (entry) return resolve(entry.startTime);
            new PerformanceObserver((list) => {
              const found = list.getEntriesByName('first-contentful-paint')[0];
              if (found) resolve(found.startTime);
            }).observe({ type: 'paint', buffered: true });
          }),
      );
      paints.push(fcp);
    }
    await context.close();
    return [
      {
        name: 'offline: bytes to be fully offline (390 px, DPR 3, first visit)',
        value: firstVisitBytes,
        unit: 'B',
        budget: OFFLINE_BYTES_BUDGET,
        ok: firstVisitBytes <= OFFLINE_BYTES_BUDGET,
      },
      { name: 'offline: requests on that first visit', value: firstVisitRequests, unit: 'requests' },
      {
        name: 'offline: response bodies the server sent on that visit (incl. the worker script)',
        value: serverBytes,
        unit: 'B',
        budget: OFFLINE_BYTES_BUDGET,
        ok: serverBytes <= OFFLINE_BYTES_BUDGET,
      },
      {
        name: `offline: repeat visit, navigation to article painted (median of ${runs})`,
        value: Math.round(median(paints)),
        unit: 'ms',
      },
    ];
  } finally {
    await browser.close();
    await server.stop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  runOfflineBench().then(
    (rows) => {
      for (const row of rows) {
        const budget = row.budget === undefined ? '' : ` (budget ${row.budget} ${row.unit}: ${row.ok ? 'ok' : 'OVER'})`;
        console.log(`${row.name}: ${row.value} ${row.unit}${budget}`);
      }
      if (rows.some((row) => row.ok === false)) process.exitCode = 1;
    },
    (error) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}

/**
 * Benchmark rows for the offline machinery, measured in real Chromium against the built site:
 * - bytes a 390 px wide, DPR 3 phone downloads to be fully offline: every response of a first visit (the page's
 *   own and the service worker's precache and photo fetches), as transferred (compressed, headers included),
 *   until the status says "Available offline";
 * - time from navigation to the article text painted (first-contentful-paint) on an offline repeat visit,
 *   median of 5.
 * `runOfflineBench()` is what the bench runner calls; `tsx tests/bench/offline.ts` prints the rows alone.
 */
import { chromium, type Page } from 'playwright-core';
import { CHROMIUM_LAUNCH, PHONE } from '../e2e/chromium.ts';
import { startServer } from '../e2e/server.ts';
import { type BenchRow, median, row } from './rows.ts';

/** Everything offline must cost a reader at most this many bytes over the air. */
const OFFLINE_BYTES_BUDGET = 600 * 1000;

/** First-contentful-paint of `runs` navigations to `url`, in ms from navigation start. */
async function paintTimes(page: Page, url: string, runs: number): Promise<number[]> {
  const paints: number[] = [];
  for (let i = 0; i < runs; i++) {
    await page.goto(url, { waitUntil: 'load' });
    paints.push(
      await page.evaluate(
        () =>
          new Promise<number>((resolve) => {
            const entry = performance.getEntriesByName('first-contentful-paint')[0];
            if (entry) return resolve(entry.startTime);
            new PerformanceObserver((list) => {
              const found = list.getEntriesByName('first-contentful-paint')[0];
              if (found) resolve(found.startTime);
            }).observe({ type: 'paint', buffered: true });
          }),
      ),
    );
  }
  return paints;
}

/** Runs the measurements on dist/ (or `root`) and returns the bench rows. */
export async function runOfflineBench({ root = 'dist', runs = 5 } = {}): Promise<BenchRow[]> {
  const server = await startServer({ root });
  const browser = await chromium.launch(CHROMIUM_LAUNCH);
  try {
    const context = await browser.newContext({
      ...PHONE,
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

    // Repeat visits: first with the network, then with the server gone; the offline one must be no slower.
    const online = median(await paintTimes(page, server.url, runs));
    await server.stop();
    const offline = median(await paintTimes(page, server.url, runs));
    await context.close();
    return [
      row(
        'offline: bytes to be fully offline (390 px, DPR 3, first visit)',
        firstVisitBytes,
        'B',
        OFFLINE_BYTES_BUDGET,
      ),
      row('offline: requests on that first visit', firstVisitRequests, 'requests'),
      row(
        'offline: response bodies the server sent on that visit (incl. the worker script)',
        serverBytes,
        'B',
        OFFLINE_BYTES_BUDGET,
      ),
      row(`online repeat visit: navigation to article painted (median of ${runs})`, online, 'ms'),
      // "As fast as online": allowed the noise of a shared 2-core machine (a fifth, at least 8 ms), never asserted.
      row(
        `offline repeat visit: navigation to article painted (median of ${runs})`,
        offline,
        'ms',
        Math.max(online * 1.2, online + 8),
      ),
    ] satisfies BenchRow[];
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

/** The map's repeat-visit time: from the map entering the viewport to the basemap drawn, median of 5. */
import { chromium } from 'playwright-core';
import { CHROMIUM_LAUNCH } from '../e2e/chromium.ts';
import { startServer } from '../e2e/server.ts';
import { type BenchRow, KEEP_NAMES_SHIM, median, row } from './rows.ts';

/** One row: ms from scrolling the map into view to its canvas holding drawn pixels. */
export async function mapRows(root = 'dist', runs = 5): Promise<BenchRow[]> {
  const server = await startServer({ root });
  const browser = await chromium.launch(CHROMIUM_LAUNCH);
  try {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 3 });
    await context.addInitScript(KEEP_NAMES_SHIM);
    const page = await context.newPage();
    // First visit: everything is fetched and stored; the runs below are repeat visits.
    await page.goto(`${server.url}/`);
    await page.getByRole('status').filter({ hasText: 'Available offline' }).waitFor({ timeout: 60_000 });
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      await page.reload();
      await page.waitForLoadState('load');
      const ms = await page.evaluate(
        () =>
          new Promise<number>((resolve, reject) => {
            const t0 = performance.now();
            document.getElementById('map')?.scrollIntoView({ behavior: 'instant' });
            const check = () => {
              const canvas = document.querySelector<HTMLCanvasElement>('#map .leaflet-container canvas');
              const ctx = canvas?.getContext('2d');
              if (canvas && ctx && canvas.width > 0) {
                const { data } = ctx.getImageData(0, 0, canvas.width, canvas.height);
                for (let p = 3; p < data.length; p += 4 * 97) if (data[p]) return resolve(performance.now() - t0);
              }
              if (performance.now() - t0 > 10_000) reject(new Error('the basemap was not drawn in 10 s'));
              else requestAnimationFrame(check);
            };
            check();
          }),
      );
      times.push(ms);
    }
    return [row('map in view → basemap drawn, repeat visit (median of 5)', median(times), 'ms', 500)];
  } finally {
    await browser.close();
    await server.stop();
  }
}

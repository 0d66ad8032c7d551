/**
 * Listen: the bytes of its lazy chunk (JS and CSS loaded on the first press) and the time from pressing
 * `Listen` to the engine's first `start` event, with the real speech engine (tests/e2e/speech.ts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { firstLoadJs, listFiles, sizeOf, total } from '../../src/build/sizes.ts';
import { startServer } from '../e2e/server.ts';
import { startSpeechRig } from '../e2e/speech.ts';
import { type BenchRow, KEEP_NAMES_SHIM, median, row } from './rows.ts';

/** The files the first press of `Listen` fetches: the listen chunk, the chunks it imports, and its CSS. */
function listenFiles(dist = 'dist'): string[] {
  const all = listFiles(dist);
  const entry = all.find((f) => /^assets\/listen-[^/]+\.js$/.test(f));
  if (!entry) throw new Error('no listen chunk in dist/assets');
  const first = new Set(firstLoadJs(dist));
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file) || first.has(file)) return;
    seen.add(file);
    const code = readFileSync(join(dist, file), 'utf8');
    for (const m of code.matchAll(/(?:^|[;\s}])import\s*(?:[\w*{}\s,$]+from\s*)?["']\.\/([^"']+\.js)["']/g)) {
      visit(`assets/${m[1]}`);
    }
  };
  visit(entry);
  return [...seen, ...all.filter((f) => /^assets\/listen-[^/]+\.css$/.test(f))];
}

/** Presses `Listen` where it is on screen and resolves to ms from the press to the first utterance's start. */
async function pressToStart(page: Page): Promise<number> {
  const box = await page.getByRole('button', { name: 'Listen', exact: true }).boundingBox();
  if (!box) throw new Error('no Listen button');
  // Marked just before the click: the round trip to the page is well under a millisecond here.
  await page.evaluate(() => performance.mark('bench:press'));
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  const ms = await page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const t0 = Date.now();
        const check = () => {
          const press = performance.getEntriesByName('bench:press')[0];
          const start = performance.getEntriesByName('bri:listen-start')[0];
          if (press && start) resolve(start.startTime - press.startTime);
          else if (Date.now() - t0 > 30_000) reject(new Error('no start event within 30 s'));
          else setTimeout(check, 20);
        };
        check();
      }),
  );
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  return ms;
}

/** Rows: the chunk's bytes, and press → first `start` (first press in a fresh browser, then repeat visits). */
export async function listenRows(dist = 'dist', runs = 3): Promise<BenchRow[]> {
  const chunk = total(
    'listen',
    listenFiles(dist).map((f) => sizeOf(dist, f)),
  );
  const rows = [
    row('Listen chunk, loaded on first press (gzip)', chunk.gzip, 'B'),
    row('Listen chunk (brotli)', chunk.brotli, 'B'),
  ];
  const rig = await startSpeechRig();
  const server = await startServer({ root: dist });
  const browser = await chromium.launch(rig.launch);
  try {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 3 });
    await context.addInitScript(KEEP_NAMES_SHIM);
    const page = await context.newPage();
    await page.goto(`${server.url}/`);
    await page.waitForLoadState('load');
    rows.push(row('Listen: press → first start event, first press (engine starting)', await pressToStart(page), 'ms'));
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      await page.reload();
      await page.waitForLoadState('load');
      times.push(await pressToStart(page));
    }
    rows.push(row(`Listen: press → first start event, repeat visit (median of ${runs})`, median(times), 'ms'));
    return rows;
  } finally {
    await browser.close();
    await server.stop();
    await rig.stop();
  }
}

/**
 * Benchmark rows for `Save a copy`, measured in real Chromium against the built site on a 390 px, DPR 3 phone:
 * the size of the one-file edition (budget 300 KB), what the photos take of it, and so how it grows with them
 * (each photo adds its 800 px JPEG as base64, about 4/3 of the JPEG's bytes). `tsx tests/bench/copy.ts` prints
 * the rows alone.
 */
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import sharp from 'sharp';
import { BUDGETS } from '../../src/build/sizes.ts';
import { CHROMIUM_LAUNCH, PHONE } from '../e2e/chromium.ts';
import { startServer } from '../e2e/server.ts';
import { type BenchRow, printTable, row } from './rows.ts';

const REAL_PHOTO = 'tests/fixtures/content/photos/river-valley.jpg';

/** Saves a copy (without reader data) from `root` and returns its bench rows. */
export async function copyRows({ root = 'dist' } = {}): Promise<BenchRow[]> {
  const server = await startServer({ root });
  const browser = await chromium.launch(CHROMIUM_LAUNCH);
  try {
    const context = await browser.newContext({
      ...PHONE,
      acceptDownloads: true,
    });
    const page = await context.newPage();
    await page.goto(server.url);
    await page.locator('#pass-it-on').scrollIntoViewIfNeeded();
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Save a copy' }).click();
    const file = await download;
    const ms = await page.evaluate(() => performance.getEntriesByName('bri:copy-made')[0]?.duration ?? Number.NaN);
    const html = readFileSync(await file.path(), 'utf8');
    const bytes = Buffer.byteLength(html);
    const photos = (html.match(/data:image\/[a-z]+;base64,[A-Za-z0-9+/=]+/g) ?? []).map((u) => u.length);
    const photoBytes = photos.reduce((a, b) => a + b, 0);
    const perPhoto = photos.length ? photoBytes / photos.length : 0;
    const rows = [
      row('copy: the one-file edition (Save a copy, no reader data)', bytes, 'B', BUDGETS.copyBytes),
      row('copy: of it, text, map and styles (everything but photos)', bytes - photoBytes, 'B'),
      ...photos.map((b, i) => row(`copy: photo ${i + 1} (800 px JPEG as a data: URL)`, b, 'B')),
      row('copy: each further photo of this kind adds about', Math.round(perPhoto), 'B'),
      row(
        'copy: photos that still fit the budget at that size',
        Math.floor((BUDGETS.copyBytes - (bytes - photoBytes)) / (perPhoto || 1)),
        'photos',
      ),
      row('copy: time to make it (photos re-encoded, file built)', ms, 'ms'),
    ];
    // The stand-ins are flat drawings; a real photo compresses far less. The test fixture's real JPEG, encoded
    // as the copy encodes (800 px wide, JPEG quality 0.8, base64), shows what each author photo will add.
    const real = await sharp(REAL_PHOTO)
      .rotate()
      .resize({ width: 800, withoutEnlargement: true })
      .jpeg({ quality: 80 })
      .toBuffer();
    const realDataUrl = Math.ceil(real.length / 3) * 4 + 'data:image/jpeg;base64,'.length;
    rows.push(
      row('copy: a real photo (tests/fixtures river-valley.jpg) would add', realDataUrl, 'B'),
      row(
        'copy: with both author photos real, about',
        bytes - photoBytes + photos.length * realDataUrl,
        'B',
        BUDGETS.copyBytes,
      ),
    );
    await context.close();
    return rows;
  } finally {
    await browser.close();
    await server.stop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) printTable(await copyRows());

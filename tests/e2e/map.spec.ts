/**
 * The offline map in a real browser, against the built site. Guards against: a basemap that never draws (data
 * not fetched, canvas blank, Leaflet CSS missing), markers a screen reader or keyboard cannot reach, a popup
 * whose `Read in article` goes nowhere, any request to another origin while the online layer is off, a tile
 * layer that fetches before the reader asks, and a map that needs the network on the second visit.
 */
import type { Page } from '@playwright/test';
import countryNames from '../../content/map/country-names.json' with { type: 'json' };
import { CATALOGUES } from '../../src/i18n/index.ts';
import { expect, test } from './fixtures.ts';

/** Brings the map section into view and asks for the map if it has not mounted by itself. */
async function openMap(page: Page, t: { heading: string; showMap: string } = CATALOGUES.en.map) {
  const region = page.getByRole('region', { name: t.heading });
  await region.scrollIntoViewIfNeeded();
  const show = region.getByRole('button', { name: t.showMap });
  const map = region.locator('.leaflet-container');
  // The page may mount the map by itself as the section nears the viewport, hiding the button mid-click.
  if (!(await map.isVisible()) && (await show.isVisible())) await show.click({ timeout: 3_000 }).catch(() => {});
  await expect(map).toBeVisible();
  return region;
}

/** True once the basemap canvas holds a real picture: mostly painted, in several colours (land, water, lines). */
async function basemapDrawn(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const canvas = document.querySelector<HTMLCanvasElement>('#map-canvas .leaflet-basemap-pane canvas');
    const context = canvas?.getContext('2d');
    if (!canvas || !context || canvas.width === 0) return false;
    const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
    const colours = new Set<number>();
    let painted = 0;
    for (let i = 0; i < data.length; i += 4 * 97) {
      if ((data[i + 3] ?? 0) > 0) painted++;
      colours.add(((data[i] ?? 0) << 16) | ((data[i + 1] ?? 0) << 8) | (data[i + 2] ?? 0));
    }
    return painted / (data.length / (4 * 97)) > 0.3 && colours.size >= 3;
  });
}

test('draws the self-hosted basemap with both places as named, keyboard-operable markers', async ({ page, server }) => {
  const foreign: string[] = [];
  page.on('request', (request) => {
    if (!request.url().startsWith(server.url) && !request.url().startsWith('data:')) foreign.push(request.url());
  });
  await page.goto(server.url);
  const region = await openMap(page);

  await expect.poll(() => basemapDrawn(page), { message: 'the basemap canvas is drawn, not blank' }).toBe(true);
  const park = region.getByRole('button', { name: /Great Stone/ });
  await expect(park).toBeVisible();
  await expect(region.getByRole('button', { name: /Tajikistan/ }).first()).toBeVisible();
  await expect(region.locator('.leaflet-control-attribution')).toContainText('© GeoNames, CC BY 4.0');
  await expect(region.locator('.leaflet-control-attribution')).toContainText('Natural Earth');
  // English names, as Natural Earth writes them; CLDR's names are for the Russian and Tajik pages.
  await expect(region.locator('.map-label-country', { hasText: /^Kazakhstan$/ })).toHaveCount(1);
  await expect(region.locator('.leaflet-control-attribution')).not.toContainText('CLDR');

  // The same places are listed as text in the region.
  await expect(region.locator('#place-great-stone')).toContainText('Great Stone');
  await expect(region.locator('#place-shahristan-pass')).toContainText('Tajikistan');

  // Keyboard: focus the marker and press Enter; the popup says whose facts it adds.
  await park.focus();
  await page.keyboard.press('Enter');
  const popup = region.locator('.leaflet-popup');
  await expect(popup).toContainText('Great Stone');
  await expect(popup).toContainText("Edition's notes");
  // The photo's thumbnail settles: a popup rebuilt on each image load would loop, loading it again and again.
  const thumbnail = await popup.locator('img').elementHandle();
  await page.waitForTimeout(500);
  expect(await thumbnail?.evaluate((img) => img.isConnected && (img as HTMLImageElement).complete)).toBe(true);
  // Escape from inside the popup closes it and returns focus to the marker.
  await popup.getByRole('button', { name: 'Read in article' }).focus();
  await page.keyboard.press('Escape');
  await expect(popup).toHaveCount(0);
  await expect(park).toBeFocused();

  expect(foreign, 'no request leaves the site while the online layer is off').toEqual([]);
});

for (const lang of ['ru', 'tg'] as const) {
  test(`on /${lang}/ the map names the countries in ${lang}, from CLDR, and credits it`, async ({ page, server }) => {
    await page.goto(`${server.url}/${lang}/`);
    const region = await openMap(page, CATALOGUES[lang].map);
    const names = countryNames.names as Record<string, { ru: string; tg: string }>;
    const shown = region.locator('.map-label-country');
    // Two of the article's states, both in the first view on a phone.
    await expect(shown.filter({ hasText: names.Kazakhstan?.[lang] ?? '?' })).toHaveCount(1);
    await expect(shown.filter({ hasText: names.Uzbekistan?.[lang] ?? '?' })).toHaveCount(1);
    // No state the edition has a name for is left in English.
    const texts = await shown.allTextContents();
    expect(texts.length).toBeGreaterThan(5);
    expect(texts.filter((text) => text in names)).toEqual([]);
    await expect(region.locator('.leaflet-control-attribution')).toContainText('Unicode CLDR');
    await expect(region.locator('.map-credits')).toContainText('Unicode CLDR');
  });
}

test.describe('names unreadable', () => {
  // No worker, so the page's own request for the names is the one that fails.
  test.use({ serviceWorkers: 'block', allowedConsoleErrors: [/Failed to load resource/] });
  test('the map still draws on /ru/, in Natural Earth’s English, crediting no CLDR names', async ({ page, server }) => {
    await page.route(/country-names-[\w-]+\.json$/, (route) => route.abort());
    await page.goto(`${server.url}/ru/`);
    const region = await openMap(page, CATALOGUES.ru.map);
    await expect(region.locator('.map-label-country', { hasText: /^Kazakhstan$/ })).toHaveCount(1);
    await expect(region.locator('.leaflet-control-attribution')).toContainText('Natural Earth');
    await expect(region.locator('.leaflet-control-attribution')).not.toContainText('CLDR');
  });
});

/** Mean luminance (0–255) of the basemap canvas. */
async function basemapLuminance(page: Page): Promise<number> {
  return page.evaluate(() => {
    const canvas = document.querySelector<HTMLCanvasElement>('#map-canvas .leaflet-basemap-pane canvas');
    const data = canvas?.getContext('2d')?.getImageData(0, 0, canvas.width, canvas.height).data ?? [];
    let sum = 0;
    let n = 0;
    for (let i = 0; i < data.length; i += 4 * 101) {
      sum += 0.2126 * (data[i] ?? 0) + 0.7152 * (data[i + 1] ?? 0) + 0.0722 * (data[i + 2] ?? 0);
      n++;
    }
    return n ? sum / n : 0;
  });
}

test('the basemap follows the page’s theme, so it stays legible in dark mode', async ({ page, server }) => {
  await page.goto(server.url);
  await page.evaluate(() => document.documentElement.setAttribute('data-theme', 'light'));
  await openMap(page);
  await expect.poll(() => basemapDrawn(page)).toBe(true);
  const light = await basemapLuminance(page);
  await page.evaluate(() => document.documentElement.setAttribute('data-theme', 'dark'));
  await expect
    .poll(() => basemapLuminance(page), { message: 'the canvas redraws in dark colours' })
    .toBeLessThan(light - 60);

  // With no choice made, the page follows the system setting, and so must the canvas.
  await page.emulateMedia({ colorScheme: 'light' });
  await page.evaluate(() => document.documentElement.removeAttribute('data-theme'));
  await expect.poll(() => basemapLuminance(page)).toBeGreaterThan(light - 20);
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect
    .poll(() => basemapLuminance(page), { message: 'a system switch to dark redraws it' })
    .toBeLessThan(light - 60);
});

test('a popup’s Read in article button brings the reader to the photo’s figure', async ({ page, server }) => {
  await page.goto(server.url);
  const region = await openMap(page);
  // Zoomed out, one marker stands for both candidate passes; its popup leads to each.
  await region.getByRole('button', { name: /Mountain Pass, Tajikistan: 2 candidate passes/ }).click();
  await region.locator('.leaflet-popup').getByRole('button', { name: 'Show Shahristan Pass' }).click();
  // The group's popup fades out for 200 ms beside the new one, so pick the popup by its text.
  const popup = region.locator('.leaflet-popup', { hasText: 'Shahristan Pass, Tajikistan (candidate)' });
  await expect(popup).toBeVisible();
  await expect(region.getByRole('button', { name: 'Anzob Pass, Tajikistan (candidate)' })).toBeVisible();
  // The button that was pressed left with its popup; focus lands on the marker now shown, not on the page.
  await expect(region.getByRole('button', { name: 'Shahristan Pass, Tajikistan (candidate)' })).toBeFocused();
  await popup.getByRole('button', { name: 'Read in article' }).click();
  await expect(page.locator('#fig-mountain-pass-tajikistan')).toBeInViewport();
});

test('a thumbnail arriving in an open popup leaves keyboard focus where it was', async ({ page, server }) => {
  await page.goto(server.url);
  const region = await openMap(page);
  const park = region.getByRole('button', { name: /Great Stone/ });
  await park.focus();
  await page.keyboard.press('Enter');
  const read = region.locator('.leaflet-popup').getByRole('button', { name: 'Read in article' });
  await read.focus();
  // However late the photo arrives (a slow first visit), its load must not rebuild the popup under the reader.
  await region.locator('.leaflet-popup img').dispatchEvent('load');
  await expect(read).toBeFocused();
});

test('a figure’s Show on map link frames its place and opens its popup', async ({ page, server }) => {
  await page.goto(server.url);
  await page
    .locator('#fig-belarus-china-park')
    .getByRole('link', { name: /Show on map/ })
    .click();
  await expect(page.locator('#map-canvas .leaflet-popup')).toContainText('Great Stone');
});

test('the online layer fetches only the tiles in view, and only once the reader turns it on', async ({
  page,
  server,
}) => {
  const tiles: string[] = [];
  // No internet in tests: answer tile requests with a 1×1 PNG, recording what was asked. Routed on the context
  // so requests the service worker forwards are caught too.
  const png = Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
    'base64',
  );
  await page.context().route(
    (url) => url.origin !== server.url,
    (route) => {
      tiles.push(route.request().url());
      return route.fulfill({ body: png, contentType: 'image/png', headers: { 'Access-Control-Allow-Origin': '*' } });
    },
  );
  await page.goto(server.url);
  const region = await openMap(page);
  await expect.poll(() => basemapDrawn(page)).toBe(true);
  expect(tiles, 'nothing before the reader asks').toEqual([]);

  await region.getByRole('checkbox', { name: 'Detailed map (online)' }).check();
  await expect.poll(() => tiles.length).toBeGreaterThan(0);
  for (const url of tiles) expect(url).toMatch(/^https:\/\/[^/]+\/\d+\/\d+\/\d+\.png$/);
  // A 390 px map shows a handful of 256 px tiles; more would mean downloading ahead.
  expect(tiles.length).toBeLessThanOrEqual(12);
  await expect(region.locator('.leaflet-control-attribution')).toContainText('OpenStreetMap contributors');
});

test.describe('offline', () => {
  // A stopped server makes Chromium log failed loads. The tuple form: Playwright reads a bare array as one.
  test.use({ allowedConsoleErrors: [[/Failed to load resource/, /net::ERR_/], { scope: 'test' }] });

  test('draws the map with the server stopped after the first visit', async ({ page, server }) => {
    await page.goto(server.url);
    await openMap(page);
    await expect.poll(() => basemapDrawn(page)).toBe(true);
    await expect(page.getByRole('status').filter({ hasText: 'Available offline' })).toBeVisible({ timeout: 30_000 });

    await server.stop();
    await page.reload();
    const region = await openMap(page);
    await expect
      .poll(() => basemapDrawn(page), { message: 'the basemap draws from the service worker cache alone' })
      .toBe(true);
    await expect(region.getByRole('button', { name: /Great Stone/ })).toBeVisible();
    await expect(region.getByRole('button', { name: /Tajikistan/ }).first()).toBeVisible();
  });
});

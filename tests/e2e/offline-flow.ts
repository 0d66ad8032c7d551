/**
 * Checks a page makes after a reload with its server gone: the photos decoded and the map drawn. Shared by
 * the browser tests that stop a server (tests/e2e/offline.spec.ts, tests/e2e/nginx.spec.ts).
 */
import { expect, type Page } from '@playwright/test';
import { mapCanvasDrawnInPage } from '../support/in-page.ts';

/** Scrolls each figure's image into view and waits until it decoded; returns one `true` per photo. */
export async function photosDecoded(page: Page): Promise<boolean[]> {
  const images = page.locator('article figure img');
  const result: boolean[] = [];
  for (let i = 0; i < (await images.count()); i++) {
    const img = images.nth(i);
    await img.scrollIntoViewIfNeeded();
    await expect
      .poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth > 0), { timeout: 10_000 })
      .toBe(true);
    result.push(true);
  }
  return result;
}

/** Scrolls the map section into view (pressing `Show map` if offered) and waits until its canvas has pixels. */
export async function mapDrawn(page: Page): Promise<void> {
  const region = page.getByRole('region', { name: /Map/ });
  await region.scrollIntoViewIfNeeded();
  const show = region.getByRole('button', { name: 'Show map' });
  // The map also mounts by itself as its section nears the viewport, hiding the button mid-click: no matter.
  if (await show.isVisible().catch(() => false)) await show.click({ timeout: 2000 }).catch(() => undefined);
  await expect(page.locator('#map .leaflet-container')).toBeVisible();
  await expect
    .poll(() => page.evaluate(mapCanvasDrawnInPage), {
      timeout: 10_000,
      message: 'the offline basemap drew on its canvas',
    })
    .toBe(true);
}

/** A 1×1 opaque PNG, served in place of online map tiles so no test touches the real tile server. */
export const TILE_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

/**
 * Installability in a real Chromium profile. Guards against: a manifest Chromium rejects (missing icon sizes,
 * wrong start_url or scope, no maskable icon, a theme colour missing), icons that are listed but not built,
 * and a worker that does not control the start URL. Incognito always reports `in-incognito`, so that test
 * uses a persistent profile of its own. Also guards against an Install button that never appears, stays
 * after installing, or on iOS Safari (no prompt there) offers nothing.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { CATALOGUES } from '../../src/i18n/index.ts';
import { LANGUAGE_PATHS, LANGUAGES } from '../../src/i18n/languages.ts';
import { CHROMIUM_LAUNCH } from './chromium.ts';
import { expect, test } from './fixtures.ts';
import { startServer } from './server.ts';

for (const lang of LANGUAGES) {
  test(`from ${LANGUAGE_PATHS[lang]}: Chromium finds nothing stopping installation, and the manifest names the app in ${lang}`, async () => {
    const server = await startServer();
    const profile = mkdtempSync(join(tmpdir(), 'bri-install-'));
    const context = await chromium.launchPersistentContext(profile, {
      ...CHROMIUM_LAUNCH,
      viewport: { width: 390, height: 844 },
      serviceWorkers: 'allow',
    });
    const words = CATALOGUES[lang];
    try {
      const page = context.pages()[0] ?? (await context.newPage());
      await page.goto(`${server.url}${LANGUAGE_PATHS[lang]}`);
      await expect(page.getByRole('status').filter({ hasText: words.offline.ready })).toBeVisible({ timeout: 30_000 });

      const cdp = await context.newCDPSession(page);
      const { installabilityErrors } = (await cdp.send('Page.getInstallabilityErrors')) as {
        installabilityErrors: Array<{ errorId: string }>;
      };
      expect(installabilityErrors.map((e) => e.errorId)).toEqual([]);

      const { url, errors, data } = (await cdp.send('Page.getAppManifest')) as {
        url: string;
        errors: Array<{ message: string }>;
        data?: string;
      };
      // Each page links its own manifest: the app is named in the page's language and opens at its page (on an
      // iPhone the Home Screen app cannot read the Language choice made in Safari), and is one app (`id`).
      expect(url).toBe(`${server.url}${LANGUAGE_PATHS[lang]}manifest.webmanifest`);
      expect(errors).toEqual([]);
      const manifest = JSON.parse(data ?? '{}');
      expect(manifest).toMatchObject({
        id: '/',
        name: words.page.appName,
        short_name: words.page.appShortName,
        description: words.page.appDescription,
        lang,
        start_url: LANGUAGE_PATHS[lang],
        scope: '/',
        display: 'standalone',
        theme_color: '#fbf8f2',
        background_color: '#fbf8f2',
      });
      const icons: Array<{ src: string; sizes: string; purpose?: string }> = manifest.icons;
      expect(icons.map((i) => `${i.sizes} ${i.purpose ?? 'any'}`)).toEqual(
        expect.arrayContaining(['192x192 any', '512x512 any', '512x512 maskable']),
      );
      // Every listed icon, the favicon and the apple-touch icon are really served as images.
      for (const src of [...icons.map((i) => i.src), '/favicon.svg', '/apple-touch-icon-180x180.png']) {
        const response = await page.request.get(new URL(src, url).href);
        expect(response.status(), src).toBe(200);
        expect(response.headers()['content-type'], src).toMatch(/^image\//);
      }
      // iOS names the Home Screen icon from this tag, not the manifest.
      await expect(page.locator('meta[name="apple-mobile-web-app-title"]')).toHaveAttribute(
        'content',
        words.page.appShortName,
      );
    } finally {
      await context.close();
      await server.stop();
      rmSync(profile, { recursive: true, force: true });
    }
  });
}

test.describe('the Install button', () => {
  test('appears when the browser offers installation, asks once, and goes once installed', async ({ page, server }) => {
    await page.goto(server.url);
    await expect(page.getByRole('status').filter({ hasText: 'Available offline' })).toBeVisible({
      timeout: 30_000,
    });
    await expect(page.getByRole('button', { name: 'Install' })).toHaveCount(0);
    // Chromium fires this only for an engaged, installable site; a stand-in with the same shape.
    await page.evaluate(() => {
      const offer = Object.assign(new Event('beforeinstallprompt', { cancelable: true }), {
        prompt: async () => {
          (window as unknown as { __prompted: boolean }).__prompted = true;
        },
        userChoice: Promise.resolve({ outcome: 'accepted' }),
      });
      window.dispatchEvent(offer);
    });
    await page.getByRole('button', { name: 'Install' }).click();
    expect(await page.evaluate(() => (window as unknown as { __prompted?: boolean }).__prompted)).toBe(true);
    await page.evaluate(() => window.dispatchEvent(new Event('appinstalled')));
    await expect(page.getByRole('button', { name: 'Install' })).toHaveCount(0);
  });

  test.describe('on iOS Safari', () => {
    test.use({
      userAgent:
        'Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) ' +
        'Version/18.0 Mobile/15E148 Safari/604.1',
    });

    test('explains Add to Home Screen, since Safari has no install prompt', async ({ page, server }) => {
      await page.goto(server.url);
      await page.getByRole('button', { name: 'Install' }).click();
      await expect(page.getByText(/Add to Home Screen/).first()).toBeVisible();
    });
  });
});

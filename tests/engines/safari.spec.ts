/**
 * What Safari readers need (every iOS browser is WebKit). Guards against: a Home Screen icon that is missing
 * or the wrong size, a status bar over the page, no name under the icon; the "Share → Add to Home Screen" steps
 * missing on an iPhone or shown where they do not apply; and a Safari reader never told that WebKit deletes the
 * data of a site not visited for seven days unless it is installed (sources: src/offline/webkit.ts).
 */
import { CATALOGUES } from '../../src/i18n/index.ts';
import { LANGUAGE_PATHS, LANGUAGES } from '../../src/i18n/languages.ts';
import { until } from './driver.ts';
import { expect, test } from './fixtures.ts';
import { statusText } from './flows.ts';

const IPHONE_SAFARI =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 18_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) ' +
  'Version/18.5 Mobile/15E148 Safari/604.1';

for (const lang of LANGUAGES) {
  test(`${LANGUAGE_PATHS[lang]}: the Home Screen icon is a 180 px PNG, named in ${lang}, with a status bar that keeps its own strip`, async ({
    tab,
    server,
  }) => {
    await tab.goto(`${server.url}${LANGUAGE_PATHS[lang]}`);
    const head = await tab.evaluate(async () => {
      const icon = document.querySelector<HTMLLinkElement>('link[rel="apple-touch-icon"]');
      const image = new Image();
      image.src = icon?.href ?? '';
      await image.decode().catch(() => undefined);
      const manifest = document.querySelector<HTMLLinkElement>('link[rel="manifest"]');
      const meta = (name: string) => document.querySelector(`meta[name="${name}"]`)?.getAttribute('content') ?? null;
      return {
        icon: {
          type: (await fetch(image.src)).headers.get('content-type'),
          w: image.naturalWidth,
          h: image.naturalHeight,
        },
        title: meta('apple-mobile-web-app-title'),
        statusBar: meta('apple-mobile-web-app-status-bar-style'),
        shortName: manifest
          ? ((await (await fetch(manifest.href)).json()) as { short_name?: string }).short_name
          : null,
      };
    });
    expect(head.icon).toEqual({ type: 'image/png', w: 180, h: 180 });
    expect(head.title, 'the name under the icon is the manifest’s short name').toBe(head.shortName);
    expect(head.title, 'in the page’s language').toBe(CATALOGUES[lang].page.appShortName);
    expect(head.statusBar).toBe('default');
  });
}

test('the storage details explain WebKit’s seven-day rule in WebKit only, and suggest installing and Export', async ({
  tab,
  server,
}) => {
  await tab.goto(server.url);
  await tab.click({ css: 'button', name: 'Reading settings' });
  // The panel's code loads on the first press (src/reader/later.tsx): wait for its storage details to be there.
  const text = await until(
    () => tab.evaluate(() => document.querySelector('.storage-details')?.textContent ?? ''),
    'the storage details in Reading settings',
  );
  if (tab.engine === 'webkit') {
    expect(text).toContain('after seven days of use without a visit here');
    expect(text).toContain('Add to Home Screen');
    expect(text).toContain('Export');
  } else {
    expect(text).not.toContain('seven days');
  }
});

test('on an iPhone, Install shows "Share → Add to Home Screen"; nowhere else', async ({ engine, tab, server }) => {
  test.skip(engine.name !== 'webkit', 'every iPhone browser is WebKit; Firefox on a desktop shows no Install at all');
  // The desktop WebKit tab: no install prompt and no iOS steps.
  await tab.goto(server.url);
  await expect.poll(() => statusText(tab)).toMatch(/\S/);
  expect(await tab.evaluate(() => document.querySelector('.install') === null)).toBe(true);

  // The same engine as an iPhone's Safari says it is (its own profile, so a first visit).
  const iphone = await engine.freshProfile({ userAgent: IPHONE_SAFARI });
  try {
    await iphone.page.goto(server.url);
    await iphone.page.click({ css: '.install button', name: 'Install' });
    await expect
      .poll(() => iphone.page.evaluate(() => document.getElementById('install-hint')?.textContent ?? ''))
      .toContain('Tap Share, then Add to Home Screen');
    await iphone.page.click({ css: 'button', name: 'Reading settings' });
    const details = await until(
      () => iphone.page.evaluate(() => document.querySelector('.storage-details')?.textContent ?? ''),
      'the storage details in Reading settings',
    );
    expect(details).toContain('Safari and the Home Screen app keep separate data');
    expect(details).toContain('after seven days of use without a visit here');
  } finally {
    await iphone.close();
  }
});

/**
 * "Pass it on" in WebKit and Firefox. Guards against: a `Cite` dialog that this engine cannot fill (the CSL
 * engine failing, a style missing, a reference with an invented date); a `Share highlights` link or QR code
 * this engine does not make; and a link that another profile of the same engine, offline, cannot add.
 *
 * `Save a copy` is tested in Chromium only (tests/e2e/save-copy.spec.ts): it ends in a real download, and
 * neither driver here can catch one cheaply. Classic WebDriver (WebKitWebDriver) has no download event or
 * download folder, and puppeteer-core over WebDriver BiDi exposes neither for Firefox; reading the Blob in the
 * page instead would not prove the engine saves the file, so it is not done.
 */
import type { EnginePage } from './driver.ts';
import { expect, test } from './fixtures.ts';
import { highlight, highlightTexts, TITLE, waitUntilOffline } from './flows.ts';

const PHRASE = 'core element of its implementation';
const STYLES = ['APA 7', 'Chicago (notes and bibliography)', 'GOST R 7.0.100-2018', 'BibTeX', 'RIS', 'CSL-JSON'];

/** The open dialog's title, or null when none is open. */
const openDialog = (tab: EnginePage) =>
  tab.evaluate(() => document.querySelector('dialog[open] h2')?.textContent?.trim() ?? null);

test('Cite opens a dialog with every style, filled in by this engine, saying "n.d."', async ({ tab, server }) => {
  await tab.goto(server.url);
  await tab.click({ css: 'button', name: 'Cite' });
  await expect.poll(() => openDialog(tab), { message: 'a dialog named Cite opened' }).toBe('Cite');
  // Each style's section (named by its heading) and its reference, once the CSL engine has written it. Pairs,
  // not an object: WebKitWebDriver does not keep an object's key order, and the order is the dialog's.
  const references = () =>
    tab.evaluate(() =>
      Array.from(document.querySelectorAll('dialog[open] section[aria-labelledby]'), (section) => [
        document.getElementById(section.getAttribute('aria-labelledby') ?? '')?.textContent ?? '',
        section.querySelector('pre')?.textContent ?? '',
      ]),
    );
  await expect
    .poll(async () => (await references()).some(([, text]) => text === '' || text === 'Preparing…'), {
      message: 'every style is written',
    })
    .toBe(false);
  const pairs = await references();
  expect(pairs.map(([style]) => style)).toEqual(STYLES);
  const got = Object.fromEntries(pairs);
  expect(got['APA 7']).toContain(`Danilovich, M. (n.d.). ${TITLE}.`);
  // Chicago's bibliography entry has no date at all when the source gives none (no invented year either).
  expect(got['Chicago (notes and bibliography)']).toContain(`Danilovich, Maria. “${TITLE}.” Accessed`);
  // GOST puts no-break spaces around its colon.
  expect(got['GOST R 7.0.100-2018']).toMatch(/Текст\s:\sэлектронный/);
  expect(got.BibTeX).toMatch(/^@\w+\{/);
  expect(got.RIS).toMatch(/^TY {2}- BLOG\r?\n/);
  expect(JSON.parse(got['CSL-JSON'] ?? '')[0].title).toBe(TITLE);
});

test('Share highlights: the link and QR code; a fresh profile, offline, adds the same mark', async ({
  engine,
  tab,
  server,
}) => {
  await tab.goto(server.url);
  await highlight(tab, PHRASE);
  await tab.click({ css: 'button', name: 'Share highlights' });
  await expect.poll(() => openDialog(tab)).toBe('Share highlights');
  const link = await expect
    .poll(() => tab.evaluate(() => document.querySelector<HTMLInputElement>('dialog[open] input#share-link')?.value))
    .toMatch(new RegExp(`^${server.url.replace(/\/$/, '')}/#hl=[0-9A-V]+$`))
    .then(() => tab.evaluate(() => document.querySelector<HTMLInputElement>('dialog[open] input#share-link')?.value));
  await expect
    .poll(
      () =>
        tab.evaluate(() => {
          const img = document.querySelector<HTMLImageElement>('dialog[open] img[alt="QR code"]');
          return !!img && img.complete && img.naturalWidth > 0;
        }),
      { message: 'the QR code is drawn' },
    )
    .toBe(true);

  // Another reader's device: it visited once, stored everything, then lost its connection.
  const fresh = await engine.freshProfile();
  try {
    const other = fresh.page;
    await other.goto(server.url);
    await waitUntilOffline(other);
    await server.stop();
    await other.goto('about:blank');
    await other.goto(link as string);
    await expect.poll(() => openDialog(other), { message: 'the link asks first' }).toBe('Shared highlights');
    expect(await other.evaluate(() => document.querySelector('dialog[open]')?.textContent ?? '')).toContain(
      'Add 1 highlight from a shared link?',
    );
    expect(await highlightTexts(other), 'nothing is added before the reader says so').toEqual([]);
    await other.click({ css: 'dialog[open] button', name: 'Add highlights' });
    await expect.poll(() => highlightTexts(other), { message: 'the same mark is added' }).toEqual([PHRASE]);
  } finally {
    await fresh.close();
  }
});

/**
 * `Share highlights` in a real browser. Guards against: a QR code that encodes something other than the link;
 * a link that needs a server, an account or this reader's own device to open; a link that adds highlights
 * without asking, adds them twice, or half-applies; and a damaged link that changes anything.
 */
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import type { Browser, Page } from '@playwright/test';
import { PHONE } from './chromium.ts';
import { addNote, dragSelect, highlightButton, highlightTexts, waitUntilOffline } from './annotate.ts';
import { expect, test, watch } from './fixtures.ts';

// With the server stopped, Chromium logs the service worker's failed update check; that is the point.
const OFFLINE_NOISE = [
  /Failed to (load resource|fetch|update)/i,
  /ERR_CONNECTION_REFUSED/,
  /An unknown error occurred when fetching the script/,
];

/** Reads a QR code from an `img` whose `src` is a PNG `data:` URL, as a phone camera would. */
function readQrImage(src: string): string | null {
  const png = PNG.sync.read(Buffer.from(src.replace(/^data:image\/png;base64,/, ''), 'base64'));
  return jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data ?? null;
}

/** A second, empty profile (own storage, own service worker), like another reader's phone. */
async function otherProfile(browser: Browser, problems: string[]): Promise<Page> {
  const context = await browser.newContext({
    ...PHONE,
    serviceWorkers: 'allow',
  });
  const page = await context.newPage();
  await watch(page, problems, OFFLINE_NOISE);
  return page;
}

async function openShare(page: Page) {
  await page.locator('#pass-it-on').scrollIntoViewIfNeeded();
  await page.getByRole('button', { name: 'Share highlights' }).click();
  const dialog = page.getByRole('dialog', { name: 'Share highlights' });
  await expect(dialog).toBeVisible();
  return dialog;
}

test.use({ allowedConsoleErrors: [OFFLINE_NOISE, { scope: 'test' }] });

test('a link made in one profile adds the same marks and notes in another, with the server stopped', async ({
  page,
  server,
  browser,
}) => {
  await page.goto(server.url);
  await waitUntilOffline(page);
  await dragSelect(page, 'core element of its implementation');
  await highlightButton(page).click();
  await dragSelect(page, 'new institutional designing');
  await highlightButton(page).click();
  await addNote(page, 'new institutional designing', 'Compare with <b>SCO</b> ✓');
  const made = await highlightTexts(page);

  const dialog = await openShare(page);
  const linkBox = dialog.getByRole('textbox', { name: 'Link' });
  await expect(linkBox).toHaveAttribute('readonly', '');
  await dialog.getByRole('checkbox', { name: 'Include notes' }).check();
  const link = await linkBox.inputValue();
  expect(link).toMatch(new RegExp(`^${server.url.replace(/\/$/, '')}/#hl=[0-9A-V]+$`));
  const qr = dialog.getByRole('img', { name: 'QR code' });
  await expect(qr).toBeVisible();
  expect(readQrImage((await qr.getAttribute('src')) ?? ''), 'the QR code encodes the link itself').toBe(link);
  await expect(dialog.getByRole('button', { name: 'Copy link' })).toBeVisible();

  // Another reader's phone: it visited once, then lost its connection.
  const problems: string[] = [];
  const other = await otherProfile(browser, problems);
  await other.goto(server.url);
  await waitUntilOffline(other);
  await server.stop();
  await other.goto('about:blank');
  await other.goto(link);
  const ask = other.getByRole('dialog', { name: 'Shared highlights' });
  await expect(ask).toContainText('Add 2 highlights from a shared link?');
  expect(await other.locator('article mark').count(), 'nothing is added before the reader says so').toBe(0);
  await ask.getByRole('button', { name: 'Add highlights' }).click();
  await expect.poll(() => highlightTexts(other)).toEqual(made);
  await other.locator('article mark', { hasText: 'new institutional designing' }).first().click();
  await expect(other.getByRole('dialog', { name: 'Highlight' })).toContainText('Compare with <b>SCO</b> ✓');
  await other.getByRole('button', { name: 'Done' }).click();

  // Opened again (it is still in the messenger): nothing is added twice.
  await other.goto('about:blank');
  await other.goto(link);
  await expect(other.getByText(/highlights from this link are already here/)).toBeVisible();
  await expect(other.getByRole('dialog', { name: 'Shared highlights' })).toBeHidden();
  expect(await highlightTexts(other)).toEqual(made);
  // And after a reload the marks are stored, not only drawn.
  await other.reload();
  await expect.poll(() => highlightTexts(other)).toEqual(made);
  expect(problems).toEqual([]);
  await other.context().close();
});

test('a damaged link gets an alert and changes nothing', async ({ page, server }) => {
  await page.goto(server.url);
  await dragSelect(page, 'core element of its implementation');
  await highlightButton(page).click();
  const dialog = await openShare(page);
  const link = await dialog.getByRole('textbox', { name: 'Link' }).inputValue();
  await dialog.getByRole('button', { name: 'Close' }).click();

  for (const bad of [link.slice(0, -3), link.replace(/#hl=(.)/, '#hl=$1Z'), `${server.url}#hl=<script>`]) {
    await page.goto('about:blank');
    await page.goto(bad);
    await expect(page.getByRole('alert')).toContainText('This shared link cannot be read');
    await expect(page.getByRole('dialog', { name: 'Shared highlights' })).toBeHidden();
    expect(await highlightTexts(page)).toEqual(['core element of its implementation']);
  }
});

test('highlights too many for one QR code: the dialog says so and offers the file export', async ({ page, server }) => {
  await page.goto(server.url);
  await dragSelect(page, 'core element of its implementation');
  await highlightButton(page).click();
  await addNote(page, 'core element of its implementation', 'A long note. '.repeat(250));
  const dialog = await openShare(page);
  await expect(dialog.getByRole('img', { name: 'QR code' })).toBeVisible();
  await dialog.getByRole('checkbox', { name: 'Include notes' }).check();
  await expect(dialog.getByRole('img', { name: 'QR code' })).toHaveCount(0);
  await expect(dialog).toContainText('too many for one QR code');
  const link = await dialog.getByRole('textbox', { name: 'Link' }).inputValue();
  expect(link.length, 'the link itself still carries everything').toBeGreaterThan(3000);
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export a file instead' }).click();
  expect((await download).suggestedFilename()).toMatch(/^bri-reader-annotations-.*\.json$/);
});

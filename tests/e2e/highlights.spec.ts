/**
 * Highlights, notes, bookmarks and reading position in a real browser. Guards against the complaints readers
 * have about other apps: highlights lost on reload or offline, re-attached to the wrong passage, notes that run
 * as HTML, imports that half-apply or wipe data, tabs that overwrite each other, and no way to get notes out.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import {
  makeSampleData,
  addNote,
  dragSelect,
  highlightButton,
  highlightTexts,
  marks,
  touchSelect,
  waitUntilOffline,
} from './annotate.ts';
import { expect, test, watch } from './fixtures.ts';

// With the server stopped, Chromium logs the service worker's failed update check; that is the point.
const OFFLINE_NOISE = [
  /Failed to (load resource|fetch|update)/i,
  /ERR_CONNECTION_REFUSED/,
  /An unknown error occurred when fetching the script/,
];

async function panelItems(page: Page) {
  await page.getByRole('button', { name: 'Highlights', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Highlights' });
  await expect(dialog).toBeVisible();
  const items = await dialog
    .locator('li')
    .evaluateAll((lis) =>
      lis.map((li) => [
        li.querySelector('blockquote')?.textContent ?? '',
        li.querySelector('.note')?.textContent ?? '',
      ]),
    );
  await dialog.getByRole('button', { name: 'Close' }).click();
  return items;
}

/** Exports through the `Export` button and returns the parsed file. */
async function exportJson(page: Page) {
  await page.locator('#your-data').scrollIntoViewIfNeeded();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  return JSON.parse(readFileSync(await (await download).path(), 'utf8'));
}

function importJson(page: Page, name: string, data: unknown) {
  return page
    .getByLabel('Import')
    .setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(data)) });
}

test.describe('on a phone-sized, touch-enabled page', () => {
  test.use({ allowedConsoleErrors: OFFLINE_NOISE });

  test('highlights made with the mouse and with touch, with a note, are there after a reload with the server stopped', async ({
    page,
    server,
  }) => {
    await page.goto(server.url);
    await waitUntilOffline(page);

    await dragSelect(page, 'core element of its implementation');
    await highlightButton(page).click();
    expect(await highlightTexts(page)).toEqual(['core element of its implementation']);
    await addNote(page, 'core element', 'Core: compare with Kazakhstan.');

    // Touch: a selection across two paragraphs, then only taps.
    await touchSelect(page, 'infrastructural points of view.', 'Strategic partnerships');
    await highlightButton(page).tap();
    await expect.poll(() => highlightTexts(page)).toHaveLength(2);
    await page.locator('article mark', { hasText: 'Strategic partnerships' }).tap();
    await page.getByRole('button', { name: 'Add note' }).tap();
    await page.getByRole('textbox', { name: 'Note' }).fill('Spans two paragraphs.');
    await page.getByRole('button', { name: 'Save note' }).tap();
    await page.getByRole('button', { name: 'Done' }).tap();
    // A mark never wraps a block: one mark per paragraph.
    expect((await marks(page)).filter(([, t]) => /view\.|Strategic/.test(t))).toHaveLength(2);

    const before = await panelItems(page);
    expect(before).toEqual([
      ['core element of its implementation', 'Core: compare with Kazakhstan.'],
      ['infrastructural points of view.\n\nStrategic partnerships', 'Spans two paragraphs.'],
    ]);

    await server.stop();
    await page.reload();
    await expect(page.locator('h1')).toBeVisible();
    await expect
      .poll(() => highlightTexts(page))
      .toEqual(['core element of its implementation', 'infrastructural points of view.Strategic partnerships']);
    expect(await panelItems(page)).toEqual(before);
  });
});

test('a keyboard-only reader selects with Shift+arrows, highlights with Enter, and opens the highlight', async ({
  page,
  server,
}) => {
  await page.goto(server.url);
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to the article' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('article')).toBeFocused();
  // Chromium only extends a selection in static text with caret browsing on; the app does it for everyone.
  for (let i = 0; i < 3; i++) await page.keyboard.press('Control+Shift+ArrowRight');
  await expect.poll(() => page.evaluate(() => getSelection()?.toString().trim())).toBe('Since the very');
  await page.keyboard.press('Shift+ArrowRight');
  await expect(highlightButton(page)).toBeVisible();
  const selected = await page.evaluate(() => getSelection()?.toString() ?? '');
  await page.keyboard.press('Enter');
  await expect.poll(() => highlightTexts(page)).toEqual([selected]);

  // The new mark is the article's first tab stop; Enter opens it.
  await page.keyboard.press('Tab');
  await expect(page.locator('article mark').first()).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Add note' })).toBeVisible();
});

test('overlapping highlights, colour change, and remove with undo', async ({ page, server }) => {
  await page.goto(server.url);
  await touchSelect(page, 'Strategic partnerships with the Central Asian states');
  await highlightButton(page).click();
  await touchSelect(page, 'Central Asian states laid a solid foundation');
  await page.getByRole('button', { name: 'green highlight' }).click();
  await highlightButton(page).click();
  await expect
    .poll(() => highlightTexts(page))
    .toEqual(['Strategic partnerships with the Central Asian states', 'Central Asian states laid a solid foundation']);
  expect(await page.locator('article mark.hl-green').count()).toBeGreaterThan(0);

  await page.locator('article mark.hl-green', { hasText: 'laid a solid' }).click();
  await page.getByRole('button', { name: 'pink highlight' }).click();
  await expect(page.locator('article mark.hl-pink').first()).toBeVisible();
  await page.getByRole('button', { name: 'Remove highlight' }).click();
  await expect.poll(() => highlightTexts(page)).toEqual(['Strategic partnerships with the Central Asian states']);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect.poll(() => highlightTexts(page)).toHaveLength(2);
  await page.reload();
  await expect.poll(() => highlightTexts(page)).toHaveLength(2);
  // The article's text is unchanged by drawing and removing marks.
  const text = await page.locator('article').evaluate((a) => a.textContent);
  expect(text).toContain('Strategic partnerships with the Central Asian states laid a solid foundation');
});

test('a highlight opened at the bottom of the screen is moved clear of its sheet', async ({ page, server }) => {
  await page.goto(server.url);
  await touchSelect(page, 'logistic hub in the region');
  await highlightButton(page).click();
  const mark = page.locator('article mark', { hasText: 'logistic hub' });
  await mark.evaluate((el) => el.scrollIntoView({ block: 'end', behavior: 'instant' }));
  await mark.tap();
  await expect(page.getByRole('button', { name: 'Add note' })).toBeVisible();
  await expect
    .poll(() =>
      page.evaluate(() => {
        const marked = document.querySelector('article mark')?.getBoundingClientRect();
        const sheet = document.querySelector('.sheet')?.getBoundingClientRect();
        return Boolean(marked && sheet && marked.bottom <= sheet.top && marked.top >= 0);
      }),
    )
    .toBe(true);
});

test('export, then import into a fresh browser profile, reproduces highlights, notes and bookmarks', async ({
  page,
  server,
  browser,
}) => {
  await page.goto(server.url);
  await makeSampleData(page, 'Debt: see the 2% loan for the M34.');
  const exported = await panelItems(page);

  await page.locator('#your-data').scrollIntoViewIfNeeded();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const file = await (await download).path();
  const json = JSON.parse(readFileSync(file, 'utf8'));
  expect(json.type).toBe('AnnotationCollection');
  expect(json.total).toBe(3);

  const markdown = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export as Markdown' }).click();
  const md = readFileSync(await (await markdown).path(), 'utf8');
  expect(md).toContain('> excessive dependence on Chinese loans');
  expect(md).toContain('Debt: see the 2% loan for the M34.');

  const fresh = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const other = await fresh.newPage();
  const problems: string[] = [];
  await watch(other, problems);
  await other.goto(server.url);
  await other.getByLabel('Import').setInputFiles(file);
  await expect(other.getByText(/Imported .*: 3 added/)).toBeVisible();
  expect(await panelItems(other)).toEqual(exported);
  await other.getByRole('button', { name: 'Bookmarks', exact: true }).click();
  await expect(other.getByRole('dialog', { name: 'Bookmarks' }).locator('li')).toHaveCount(1);
  // Importing the same file again adds nothing.
  await other.getByRole('button', { name: 'Close' }).click();
  await other.getByLabel('Import').setInputFiles(file);
  await expect(other.getByText(/0 added, 0 updated, 3 already here/)).toBeVisible();
  expect(problems).toEqual([]);
  await fresh.close();
});

test('hostile and broken import files are refused or stay inert, with nothing changed and no script run', async ({
  page,
  server,
}) => {
  await page.goto(server.url);
  await touchSelect(page, 'disturbing labour migration');
  await highlightButton(page).click();
  const before = await panelItems(page);
  const importFile = (name: string, content: string) =>
    page.getByLabel('Import').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(content) });

  for (const [name, content, message] of [
    ['truncated.json', '{"type":"AnnotationCollection","first":{"items":[', /cannot be imported/],
    ['not-json.json', '<html><script>window.pwned=1</script></html>', /cannot be imported/],
    ['wrong-shape.json', '{"hello":"world"}', /cannot be imported/],
    ['proto.json', '{"__proto__":{"polluted":true},"type":"AnnotationCollection","total":0}', /cannot be imported/],
  ] as const) {
    await importFile(name, content);
    await expect(page.getByRole('alert')).toContainText(message);
    await expect(page.getByRole('alert')).toContainText('nothing was changed');
  }
  expect(await panelItems(page)).toEqual(before);
  expect(await page.evaluate(() => ({}) as Record<string, unknown>)).not.toHaveProperty('polluted');

  // A valid file (our own export) whose note was edited into markup: imported as text, never as HTML.
  const hostile = await exportJson(page);
  const item = hostile.first.items[0];
  item.modified = new Date(Date.now() + 60_000).toISOString();
  item.body = [
    ...item.body.filter((b: { purpose?: string }) => b.purpose === 'tagging'),
    {
      type: 'TextualBody',
      purpose: 'commenting',
      format: 'text/plain',
      value: '<img src=x onerror="window.pwned=1"><script>window.pwned=2</script>',
    },
  ];
  await importJson(page, 'hostile-note.json', hostile);
  await expect(page.getByText(/Imported hostile-note\.json: 0 added, 1 updated/)).toBeVisible();
  await page.getByRole('button', { name: 'Highlights', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Highlights' });
  await expect(dialog.locator('.note')).toHaveText(
    '<img src=x onerror="window.pwned=1"><script>window.pwned=2</script>',
  );
  await expect(dialog.locator('img, script')).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
});

test('deleting from this device is deliberate, offers export first, and removes everything but the app', async ({
  page,
  server,
}) => {
  await page.goto(server.url);
  await waitUntilOffline(page);
  await touchSelect(page, 'logistic hub');
  await highlightButton(page).click();
  await addNote(page, 'logistic hub', 'A private note.');
  await page.getByRole('button', { name: 'Bookmark', exact: true }).click();

  await page.locator('#your-data').scrollIntoViewIfNeeded();
  await page.getByRole('button', { name: 'Delete from this device…' }).click();
  const confirm = page.getByRole('group', {
    name: /Delete 1 highlight \(with their notes\) and 1 bookmark from this device\?/,
  });
  await expect(confirm).toBeFocused();
  // Cancel changes nothing.
  await confirm.getByRole('button', { name: 'Cancel' }).click();
  await expect.poll(() => highlightTexts(page)).toEqual(['logistic hub']);

  await page.getByRole('button', { name: 'Delete from this device…' }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export first' }).click();
  expect(readFileSync(await (await download).path(), 'utf8')).toContain('A private note.');
  await page.getByRole('button', { name: 'Delete everything' }).click();
  await expect(page.getByText('Deleted 1 highlight and 1 bookmark from this device.')).toBeVisible();
  await expect(page.locator('article mark')).toHaveCount(0);

  await page.reload();
  await expect(page.locator('article mark')).toHaveCount(0);
  expect(await panelItems(page)).toEqual([]);
  await expect(page.getByRole('status').filter({ hasText: 'Available offline' })).toBeVisible();
});

test('a highlight made in one tab appears in the other, and neither tab loses a write', async ({ page, server }) => {
  await page.goto(server.url);
  const second = await page.context().newPage();
  await second.goto(server.url);
  await touchSelect(page, 'ambitious project promises');
  await highlightButton(page).click();
  await touchSelect(second, 'institutional designing');
  await highlightButton(second).click();
  for (const tab of [page, second]) {
    await expect
      .poll(async () => (await highlightTexts(tab)).sort())
      .toEqual(['ambitious project promises', 'institutional designing']);
  }
  await addNote(second, 'ambitious project', 'Written in the second tab.');
  await page.getByRole('button', { name: 'Highlights', exact: true }).click();
  await expect(page.getByRole('dialog', { name: 'Highlights' })).toContainText('Written in the second tab.');
  await second.close();
});

test('bookmarks list and jump; reopening returns to where the reader stopped', async ({ page, server }) => {
  await page.goto(server.url);
  await page.locator('#p-if-we-ask-ourselves-whether').scrollIntoViewIfNeeded();
  await page.evaluate(() => window.scrollBy(0, 40));
  await page.getByRole('button', { name: 'Bookmark', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Bookmark', exact: true })).toHaveAttribute('aria-pressed', 'true');
  await page.evaluate(() => window.scrollTo(0, 0));
  await expect(page.getByRole('button', { name: 'Bookmark', exact: true })).toHaveAttribute('aria-pressed', 'false');
  await page.getByRole('button', { name: 'Bookmarks', exact: true }).click();
  await page.getByRole('button', { name: 'Go to bookmark' }).click();
  await expect(page.locator('#p-if-we-ask-ourselves-whether')).toBeInViewport();

  // Read on to a paragraph in the middle, pause, then open the app again in a new tab.
  await page
    .locator('#p-the-bri-as-a-framework')
    .evaluate((p) => p.scrollIntoView({ block: 'start', behavior: 'instant' }));
  await page.waitForTimeout(1000);
  const again = await page.context().newPage();
  await again.goto(server.url);
  await expect(again.locator('#p-the-bri-as-a-framework')).toBeInViewport();
  // A different text size reflows everything; the place is kept as text, not pixels.
  await again.setViewportSize({ width: 320, height: 640 });
  await again.reload();
  await expect(again.locator('#p-the-bri-as-a-framework')).toBeInViewport();
});

test('a saved highlight whose passage is gone is listed as could not be placed, never moved', async ({
  page,
  server,
}) => {
  await page.goto(server.url);
  await touchSelect(page, 'raw material markets');
  await highlightButton(page).click();
  await addNote(page, 'raw material', 'From an older edition.');
  // The same highlight as an older edition of the article would have saved it: its passage no longer exists.
  const file = await exportJson(page);
  const target = file.first.items[0].target;
  for (const selector of target.selector) {
    if (selector.type === 'TextQuoteSelector') {
      Object.assign(selector, {
        exact: 'a paragraph the author later removed',
        prefix: 'In an earlier draft, ',
        suffix: ' entirely.',
      });
    }
  }
  file.first.items[0].modified = new Date(Date.now() + 60_000).toISOString();
  await importJson(page, 'old.json', file);
  await expect(page.getByText(/1 updated/)).toBeVisible();
  await expect(page.locator('article mark')).toHaveCount(0);
  await page.getByRole('button', { name: 'Highlights', exact: true }).click();
  const lost = page.getByRole('dialog', { name: 'Highlights' }).getByRole('region', { name: 'Could not be placed' });
  await expect(lost).toContainText('a paragraph the author later removed');
  await expect(lost).toContainText('From an older edition.');
});

test('copy link gives a text-fragment URL that opens at the passage', async ({ page, server, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
  await page.goto(server.url);
  await touchSelect(page, 'logistic hub in the region');
  await highlightButton(page).click();
  await page.locator('article mark', { hasText: 'logistic hub' }).click();
  await page.getByRole('button', { name: 'Copy link' }).click();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toMatch(/#p-the-bri-as-a-framework:~:text=/);
  expect(decodeURIComponent(link.split(':~:text=')[1] ?? '')).toContain('logistic hub in the region');
  const reader = await context.newPage();
  await reader.goto(link);
  await expect(reader.locator('#p-the-bri-as-a-framework')).toBeInViewport();
});

test('without IndexedDB the article still reads and the reader is told highlights cannot be saved', async ({
  page,
  server,
}) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'indexedDB', { value: undefined });
  });
  await page.goto(server.url);
  await expect(page.getByRole('alert')).toContainText('Highlights cannot be saved');
  await expect(page.locator('article p').first()).toBeVisible();
  await touchSelect(page, 'core element');
  await expect(highlightButton(page)).toHaveCount(0);
});

/**
 * `Cite` in a real browser. Guards against: a citation library in the first load, a dialog without every
 * promised style or its Copy button, a reference with an invented date, a passage cited by anything but its
 * paragraph number, and reference managers that find no `citation_*` tags.
 */
import { dragSelect, highlightButton } from './annotate.ts';
import { expect, test } from './fixtures.ts';

const TITLE = 'China’s Belt and Road Initiative in Central Asia: A New Formula for Regional Success Guaranteed';

test('the page head carries citation_* tags, and Cite loads the library only when pressed', async ({
  page,
  server,
}) => {
  await page.goto(server.url);
  await expect(page.locator('meta[name="citation_title"]')).toHaveAttribute('content', TITLE);
  await expect(page.locator('meta[name="citation_author"]')).toHaveAttribute('content', 'Maria Danilovich');
  await expect(page.locator('meta[name="citation_author_institution"]')).toHaveAttribute(
    'content',
    /Uppsala University/,
  );
  await expect(page.locator('meta[name="citation_publication_date"]')).toHaveCount(0);

  const scripts = () =>
    page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .map((e) => e.name)
        .filter((n) => n.endsWith('.js')),
    );
  const before = await scripts();
  await page.locator('#pass-it-on').scrollIntoViewIfNeeded();
  await page.getByRole('button', { name: 'Cite', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Cite' });
  await expect(dialog).toBeVisible();
  const loaded = (await scripts()).filter((s) => !before.includes(s));
  expect(
    loaded.some((s) => /\/assets\/dialog-[\w-]+\.js$/.test(s)),
    'the citation chunk arrives on press',
  ).toBe(true);

  for (const style of [
    'APA 7',
    'Chicago (notes and bibliography)',
    'GOST R 7.0.100-2018',
    'BibTeX',
    'RIS',
    'CSL-JSON',
  ]) {
    const section = dialog.getByRole('region', { name: style });
    await expect(section).toBeVisible();
    await expect(section.getByRole('button', { name: 'Copy' })).toBeVisible();
  }
  await expect(dialog.getByRole('region', { name: 'APA 7' })).toContainText(`Danilovich, M. (n.d.). ${TITLE}.`);
  await expect(dialog.getByRole('region', { name: 'GOST R 7.0.100-2018' })).toContainText('Текст : электронный');

  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await dialog.getByRole('region', { name: 'RIS' }).getByRole('button', { name: 'Copy' }).click();
  await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toMatch(/^TY {2}- BLOG\r?\n/);
});

test('Cite this passage, from a highlight, cites it by paragraph number', async ({ page, server }) => {
  await page.goto(server.url);
  await dragSelect(page, 'new institutional designing');
  await highlightButton(page).click();
  await page.locator('article mark', { hasText: 'new institutional designing' }).first().click();
  await page.getByRole('dialog', { name: 'Highlight' }).getByRole('button', { name: 'Cite this passage' }).click();
  const dialog = page.getByRole('dialog', { name: 'Cite' });
  await expect(dialog).toContainText('This passage, paragraph 3');
  await expect(dialog.getByRole('region', { name: 'APA 7' })).toContainText(
    '“new institutional designing” (Danilovich, n.d., para. 3)',
  );
  await expect(dialog.getByRole('region', { name: /Chicago/ })).toContainText(
    `1. Maria Danilovich, “${TITLE},” para. 3`,
  );
});

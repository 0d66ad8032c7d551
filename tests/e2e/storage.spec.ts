/**
 * Saved data under failure and across devices, in a real browser. Guards against one broken read taking
 * unrelated features down with it (the reading place, the bookmarks, following other tabs).
 */
import { expect, test } from './fixtures';

test('a failed read of the highlights stops nothing else: the place, bookmarks and tracking still work', async ({
  page,
  server,
}) => {
  await page.goto(server.url);
  await page
    .locator('#p-the-bri-as-a-framework')
    .evaluate((p) => p.scrollIntoView({ block: 'start', behavior: 'instant' }));
  await page.waitForTimeout(700);
  await page.getByRole('button', { name: 'Bookmark', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Bookmark', exact: true })).toHaveAttribute('aria-pressed', 'true');
  await page.waitForTimeout(700);

  // The next visit cannot read the highlights store (as with a damaged profile); everything else is intact.
  const broken = await page.context().newPage();
  await broken.addInitScript(() => {
    const getAll = IDBObjectStore.prototype.getAll;
    IDBObjectStore.prototype.getAll = function (this: IDBObjectStore, ...args: Parameters<typeof getAll>) {
      if (this.name === 'highlights') throw new DOMException('The highlights could not be read.', 'UnknownError');
      return getAll.apply(this, args);
    };
  });
  await broken.goto(server.url);
  await expect(broken.getByRole('alert')).toContainText('Your saved highlights could not be read');
  await expect(broken.locator('#p-the-bri-as-a-framework')).toBeInViewport();
  await expect(broken.getByRole('button', { name: 'Bookmark', exact: true })).toHaveAttribute('aria-pressed', 'true');

  // Position tracking runs too: a place reached in the broken tab is where the next visit opens.
  await broken
    .locator('#p-if-we-ask-ourselves-whether')
    .evaluate((p) => p.scrollIntoView({ block: 'start', behavior: 'instant' }));
  await broken.waitForTimeout(1000);
  const next = await page.context().newPage();
  await next.goto(server.url);
  await expect(next.locator('#p-if-we-ask-ourselves-whether')).toBeInViewport();
});

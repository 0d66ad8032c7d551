/**
 * Steps the flows share, written once over the EnginePage interface. Every wait polls a condition in the page;
 * none sleeps for a fixed time.
 */
import { expect } from '@playwright/test';
import { mapCanvasDrawnInPage, phraseEdgesInPage, readerDataInPage } from '../support/in-page.ts';
import { CATALOGUES } from '../../src/i18n/index.ts';
import type { Language } from '../../src/i18n/languages.ts';
import { type EnginePage, until } from './driver.ts';

export const TITLE = 'China’s Belt and Road Initiative in Central Asia: A New Formula for Regional Success Guaranteed';

/** The text of every `role="status"` element (the status line, the update prompt, notices), joined. */
export const statusText = (tab: EnginePage) =>
  tab.evaluate(() =>
    Array.from(document.querySelectorAll('[role="status"]'), (el) => el.textContent ?? '').join(' | '),
  );

/**
 * Waits until the app has verified that everything needed offline is stored (the status says so in the page's
 * `lang`), and the page has nothing left in flight: the end-of-page sections, which load when the browser is
 * idle, are there, and no resource has finished for a second. Flows stop the server and navigate next, and
 * Firefox reports every load a navigation cuts off as an error in the page.
 */
export async function waitUntilOffline(tab: EnginePage, lang: Language = 'en'): Promise<void> {
  const ready = CATALOGUES[lang].offline.ready;
  await expect.poll(() => statusText(tab), { timeout: 60_000, message: `the status says "${ready}"` }).toContain(ready);
  await until(
    () =>
      tab.evaluate(() =>
        Boolean(document.querySelector('#pass-it-on-root button') && document.querySelector('#your-data-root button')),
      ),
    'the end-of-page sections loaded',
  );
  let count = -1;
  let since = Date.now();
  await until(async () => {
    const now = await tab.evaluate(() => performance.getEntriesByType('resource').length);
    if (now !== count) [count, since] = [now, Date.now()];
    return Date.now() - since >= 1000;
  }, 'no resource finishing for a second');
}

/** Scrolls each figure's image into view and waits until it decoded; returns one `true` per photo. */
export async function photosDecoded(tab: EnginePage): Promise<boolean[]> {
  const count = await tab.evaluate(() => document.querySelectorAll('article figure img').length);
  const result: boolean[] = [];
  for (let i = 0; i < count; i++) {
    await expect
      .poll(
        () =>
          tab.evaluate((index) => {
            const img = document.querySelectorAll<HTMLImageElement>('article figure img')[index] as HTMLImageElement;
            img.scrollIntoView({ block: 'center', behavior: 'instant' });
            return img.complete && img.naturalWidth > 0;
          }, i),
        { timeout: 20_000, message: `photo ${i + 1} decoded` },
      )
      .toBe(true);
    result.push(true);
  }
  return result;
}

/** Scrolls the map region into view and waits until Leaflet mounted by itself and drew the stored basemap. */
export async function mapDrawn(tab: EnginePage): Promise<void> {
  await expect
    .poll(
      () =>
        tab
          // The map mounts by itself as its section nears the viewport (no `Show map` press needed).
          .evaluate(() => document.getElementById('map')?.scrollIntoView({ block: 'center', behavior: 'instant' }))
          .then(() => tab.evaluate(mapCanvasDrawnInPage)),
      { timeout: 30_000, message: 'the offline basemap drew on its canvas' },
    )
    .toBe(true);
}

/** Viewport coordinates of the start and end of `phrase` in the article, scrolled to the middle first. */
async function phraseBox(tab: EnginePage, phrase: string) {
  const edges = await tab.evaluate(phraseEdgesInPage, { phrase });
  return { from: { x: edges.left + 1, y: edges.startY }, to: { x: edges.right - 1, y: edges.endY } };
}

/** Each highlight's text (its marks joined), in document order. */
export const highlightTexts = (tab: EnginePage) =>
  tab.evaluate(() => {
    const byId = new Map<string, string>();
    for (const mark of Array.from(document.querySelectorAll('article mark'))) {
      const id = mark.getAttribute('data-hl') ?? '';
      byId.set(id, (byId.get(id) ?? '') + (mark.textContent ?? ''));
    }
    return [...byId.values()];
  });

/** Selects `phrase` with a real mouse drag and presses `Highlight`, as a reader does. */
export async function highlight(tab: EnginePage, phrase: string): Promise<void> {
  const box = await phraseBox(tab, phrase);
  await tab.drag(box.from, box.to);
  await expect
    .poll(() => tab.evaluate(() => getSelection()?.toString() ?? ''), { message: 'the drag selected' })
    .toBe(phrase);
  await tab.click({ css: 'button', name: 'Highlight' });
  await expect.poll(() => highlightTexts(tab)).toContain(phrase);
}

/** Opens the highlight on `phrase`, writes `note` with key events and saves it. */
export async function addNote(tab: EnginePage, phrase: string, note: string): Promise<void> {
  await tab.click({ css: 'article mark', name: new RegExp(phrase.split(' ')[0] as string) });
  await tab.click({ css: 'button', name: 'Add note' });
  await tab.type({ css: 'textarea', name: 'Note' }, note).catch(async (error: Error) => {
    // Say what the page showed instead: the sheet, the focus and the selection.
    const seen = await tab.evaluate(() => ({
      sheet: document.querySelector('#overlay-root')?.textContent?.slice(0, 300),
      focus: document.activeElement?.outerHTML.slice(0, 120),
      selection: getSelection()?.toString(),
    }));
    throw new Error(`${error.message}; the page showed ${JSON.stringify(seen)}`);
  });
  await tab.click({ css: 'button', name: 'Save note' });
  await expect.poll(() => tab.evaluate(() => document.querySelector('textarea#note-box') === null)).toBe(true);
  await tab.click({ css: 'button', name: 'Done' });
}

/** Every highlight's note as stored in IndexedDB (the truth, not what the page shows). */
export const storedNotes = (tab: EnginePage) =>
  tab.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('bri-reader');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const all = await new Promise<Array<{ note: string; deleted?: unknown }>>((resolve, reject) => {
      const request = db.transaction('highlights').objectStore('highlights').getAll();
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    db.close();
    return all.filter((h) => !h.deleted).map((h) => h.note);
  });

/** Everything the reader saved: the settings mirror in localStorage and every store of the `bri-reader` database. */
export const dumpReaderData = (tab: EnginePage) => tab.evaluate(readerDataInPage);

/** The build the page runs (`dev`, or `next` for the second build), or null while it navigates. */
export const buildOf = (tab: EnginePage) =>
  tab.evaluate(() => document.querySelector('#status-root [data-build]')?.getAttribute('data-build') ?? null);

/**
 * Functions that run inside the page under test, shared by the Chromium specs (Playwright's `page.evaluate`) and
 * the WebKit/Firefox flows (`EnginePage.evaluate`). Each one travels as source text, so it must not use anything
 * from outside its own body.
 */

/** Where `phrase` (its `occurrence`-th match) starts and ends in the article, in viewport pixels, scrolled into view. */
export function phraseEdgesInPage({ phrase, occurrence = 0 }: { phrase: string; occurrence?: number }) {
  const article = document.getElementById('article') as HTMLElement;
  const text = article.textContent ?? '';
  let at = -1;
  for (let i = 0; i <= occurrence; i++) at = text.indexOf(phrase, at + 1);
  if (at < 0) throw new Error(`"${phrase}" is not in the article`);
  // Map the article-wide offset to text nodes.
  const walker = document.createTreeWalker(article, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  let seen = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const len = node.textContent?.length ?? 0;
    if (seen + len > at && range.startContainer === document) range.setStart(node, at - seen);
    if (seen + len >= at + phrase.length) {
      range.setEnd(node, at + phrase.length - seen);
      break;
    }
    seen += len;
  }
  (range.startContainer.parentElement as HTMLElement).scrollIntoView({ block: 'center', behavior: 'instant' });
  const rects = range.getClientRects();
  const a = rects[0] as DOMRect;
  const b = rects[rects.length - 1] as DOMRect;
  return { left: a.left, startY: a.top + a.height / 2, right: b.right, endY: b.top + b.height / 2 };
}

/** Everything the reader saved: the settings mirror in localStorage and every store of the `bri-reader` database. */
export async function readerDataInPage() {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open('bri-reader');
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  const stores: Record<string, { keys: IDBValidKey[]; values: unknown[] }> = {};
  for (const name of Array.from(db.objectStoreNames)) {
    stores[name] = await new Promise((resolve, reject) => {
      const tx = db.transaction(name);
      const keys = tx.objectStore(name).getAllKeys();
      const values = tx.objectStore(name).getAll();
      tx.oncomplete = () => resolve({ keys: keys.result, values: values.result });
      tx.onerror = () => reject(tx.error);
    });
  }
  db.close();
  return { settings: localStorage.getItem('bri-reader:settings'), version: db.version, stores };
}

/** Whether the map's canvas holds any non-transparent pixel: the offline basemap drew something. */
export function mapCanvasDrawnInPage(): boolean {
  const canvas = document.querySelector<HTMLCanvasElement>('#map .leaflet-container canvas');
  const context = canvas?.getContext('2d');
  if (!canvas || !context || canvas.width === 0) return false;
  const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
  // Sampling every 53rd pixel is plenty.
  for (let i = 3; i < data.length; i += 4 * 53) if ((data[i] ?? 0) > 0) return true;
  return false;
}

/**
 * Each of the author's paragraphs: its id, the `lang` it is in, its text, and the `lang:data-tr` of each
 * translation shown right under it (the provenance note left out).
 */
export function paragraphsInPage() {
  return Array.from(document.querySelectorAll('article [data-pid]'), (p) => {
    const shown: string[] = [];
    for (let el = p.nextElementSibling; el?.classList.contains('tr'); el = el.nextElementSibling) {
      if (getComputedStyle(el).display !== 'none' && !el.classList.contains('tr-provenance'))
        shown.push(`${el.getAttribute('lang')}:${el.getAttribute('data-tr')}`);
    }
    return { id: p.id, lang: p.closest('[lang]')?.getAttribute('lang'), text: p.textContent, shown };
  });
}

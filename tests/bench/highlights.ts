/**
 * Highlight timings in Chromium on the real page: re-attaching 1,000 highlights (the load-time work), and
 * the time from pressing `Highlight` to the mark painted and to the record stored.
 */
import { chromium } from 'playwright-core';
import { bundleForPage } from '../browser-bundle.ts';
import { CHROMIUM_LAUNCH } from '../e2e/chromium.ts';
import { startServer } from '../e2e/server.ts';
import { type BenchRow, KEEP_NAMES_SHIM, median, row } from './rows.ts';

interface Anchoring {
  modelFromRoot(root: Element): unknown;
  modelFromParagraphs(items: { id: string; text: string }[]): unknown;
  describe(model: unknown, start: number, end: number, version: string): unknown;
  attachAll(model: unknown, anchors: unknown[]): unknown[];
  drawHighlight(root: Element, model: unknown, id: string, start: number, end: number, color: string): unknown;
  removeAllMarks(root: Element): void;
}

/** The two highlight rows, each a median. */
export async function highlightRows(root = 'dist'): Promise<BenchRow[]> {
  const bundle = await bundleForPage(
    ['src/annotations/text-model.ts', 'src/annotations/anchoring.ts', 'src/annotations/marks.ts'],
    'anchoring',
  );
  const server = await startServer({ root });
  const browser = await chromium.launch(CHROMIUM_LAUNCH);
  try {
    // The bench injects its measuring code, which the page's CSP rightly forbids; only this context skips it.
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, bypassCSP: true });
    await context.addInitScript(KEEP_NAMES_SHIM);
    const page = await context.newPage();
    await page.goto(`${server.url}/`);
    await page.addScriptTag({ content: bundle });
    const reattach = await page.evaluate(() => {
      const a = (window as unknown as { anchoring: Anchoring }).anchoring;
      const article = document.getElementById('article') as HTMLElement;
      const model = a.modelFromRoot(article) as {
        text: string;
        paragraphs: { id: string; text: string }[];
        version?: string;
      };
      // The same article after a revision: a paragraph inserted at the top moves every position.
      const revised = a.modelFromParagraphs([
        { id: 'p-inserted', text: 'A paragraph a later revision added at the top of the article. '.repeat(3) },
        ...model.paragraphs.map(({ id, text }) => ({ id, text })),
      ]);
      const anchors: unknown[] = [];
      // 1,000 passages of 20 to 140 characters spread over the whole article, deterministic.
      for (let i = 0; i < 1000; i++) {
        const len = 20 + ((i * 37) % 120);
        const start = (i * 7919) % Math.max(1, model.text.length - len);
        // Made on this very version, as the reader's own highlights are: the position check is one comparison.
        anchors.push(a.describe(model, start, start + len, model.version ?? ''));
      }
      const attach: number[] = [];
      const draw: number[] = [];
      const afterRevision: number[] = [];
      for (let run = 0; run < 9; run++) {
        const t0 = performance.now();
        const found = a.attachAll(model, anchors) as ({ start: number; end: number } | null)[];
        const t1 = performance.now();
        for (const [i, f] of found.entries()) if (f) a.drawHighlight(article, model, `b${i}`, f.start, f.end, 'yellow');
        const t2 = performance.now();
        a.removeAllMarks(article);
        attach.push(t1 - t0);
        draw.push(t2 - t1);
        const t3 = performance.now();
        a.attachAll(revised, anchors);
        afterRevision.push(performance.now() - t3);
      }
      return { attach, draw, afterRevision };
    });

    // Pressing Highlight in the app itself: selection in a paragraph, then a click, timed inside the page.
    await page.reload();
    const press: number[] = [];
    const frames: number[] = [];
    const stored: number[] = [];
    const words = [
      'core element',
      'solid foundation',
      'raw material',
      'labour migration',
      'delicate balance',
      'logistic hub',
      'first steps',
    ];
    for (const phrase of words) {
      await page.evaluate((phrase) => {
        const article = document.getElementById('article') as HTMLElement;
        const walker = document.createTreeWalker(article, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const i = node.textContent?.indexOf(phrase) ?? -1;
          if (i < 0) continue;
          const range = document.createRange();
          range.setStart(node, i);
          range.setEnd(node, i + phrase.length);
          getSelection()?.removeAllRanges();
          getSelection()?.addRange(range);
          return;
        }
      }, phrase);
      await page.getByRole('button', { name: 'Highlight', exact: true }).waitFor();
      const t = await page.evaluate(async () => {
        const button = [...document.querySelectorAll('button')].find((b) => b.textContent === 'Highlight');
        performance.clearMarks();
        const t0 = performance.now();
        button?.click();
        // The app draws within the click's task (its awaits are already-settled promises): wait microtasks only.
        for (let i = 0; i < 1000 && !performance.getEntriesByName('bri:highlight-drawn')[0]; i++) await null;
        // Style and layout of the new mark, forced now: all the work that must fit before the next frame.
        document.querySelector('article mark:last-of-type')?.getBoundingClientRect();
        const ready = performance.now() - t0;
        const frame = await new Promise<number>((r) => requestAnimationFrame(() => r(performance.now() - t0)));
        for (let i = 0; i < 2000 && !performance.getEntriesByName('bri:highlight-stored')[0]; i++) {
          await new Promise((r) => setTimeout(r, 1));
        }
        const stored = performance.getEntriesByName('bri:highlight-stored')[0]?.startTime ?? Number.NaN;
        return { ready, frame, stored: stored - t0 };
      });
      press.push(t.ready);
      frames.push(t.frame);
      stored.push(t.stored);
    }
    return [
      row('re-attach 1,000 highlights on load (median of 9)', median(reattach.attach), 'ms', 50),
      row('…and draw their marks (median of 9)', median(reattach.draw), 'ms'),
      row('re-attach 1,000 after a paragraph was inserted above them', median(reattach.afterRevision), 'ms'),
      row('Highlight → mark drawn, styled and laid out (median of 7)', median(press), 'ms', 16),
      row('Highlight → next frame (includes the wait for vsync)', median(frames), 'ms'),
      row('Highlight → record stored in IndexedDB (median of 7)', median(stored), 'ms'),
    ];
  } finally {
    await browser.close();
    await server.stop();
  }
}

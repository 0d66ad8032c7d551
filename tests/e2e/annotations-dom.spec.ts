/**
 * The DOM half of src/annotations in real Chromium, on a hand-made article with inline formatting, figures and
 * captions. Guards against: selections dragged into captions producing offsets outside the paragraphs; marks that
 * wrap block elements or change the article's text (which would shift every saved offset); overlapping highlights
 * that lose text when one is removed; removal that leaves split text nodes behind.
 */
import { resolve } from 'node:path';
import { test as base, expect, type Page } from '@playwright/test';
import { bundleForPage } from '../browser-bundle.ts';

const SRC = resolve(import.meta.dirname, '../../src/annotations');

const ARTICLE = `<main><article id="article" data-content-version="test">
  <h1>Title</h1>
  <p class="byline">By Someone</p>
  <p id="p-1" data-pid>Alpha <em>beta <strong>gamma</strong></em> delta, <a href="#x">epsilon</a> zeta.</p>
  <figure><img alt="A photo" width="1" height="1"><figcaption>Caption text here.</figcaption></figure>
  <p id="p-2" data-pid>Eta theta  iota <em>kappa</em> lambda.</p>
  <p id="p-3" data-pid>Mu nu xi.</p>
</article></main>`;

let bundle = '';

base.beforeAll(async () => {
  // Bundled from the sources at test time, so the page runs exactly the shipped modules and no build is needed.
  bundle = await bundleForPage([`${SRC}/text-model.ts`, `${SRC}/marks.ts`], 'annotations');
});

// A page of its own rather than the shared `page` fixture: these tests finish in a few milliseconds, and the
// fixture's unawaited exposeFunction/addInitScript then sometimes race the page's closing ("Cannot find parent
// object page@…"). Page errors still fail the test.
const test = base.extend<{ page: Page }>({
  page: async ({ browser }, use) => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.setContent(ARTICLE);
    await page.addScriptTag({ content: bundle });
    await use(page);
    await page.close();
    expect(errors, 'errors thrown in the page').toEqual([]);
  },
});

type Api = typeof import('../../src/annotations/text-model.ts') & typeof import('../../src/annotations/marks.ts');
declare const annotations: Api;

test('a selection from a paragraph into a figure caption keeps only the paragraph text', async ({ page }) => {
  const result = await page.evaluate(() => {
    const root = document.getElementById('article') as HTMLElement;
    const model = annotations.modelFromRoot(root);
    const range = document.createRange();
    const strong = root.querySelector('strong')?.firstChild as Text;
    range.setStart(strong, 2);
    range.setEnd(root.querySelector('figcaption')?.firstChild as Text, 4);
    const across = annotations.rangeToOffsets(model, range);
    const captionOnly = document.createRange();
    captionOnly.selectNodeContents(root.querySelector('figcaption') as Node);
    const fromTitle = document.createRange();
    fromTitle.setStart(root.querySelector('h1')?.firstChild as Text, 1);
    fromTitle.setEnd(root.querySelector('#p-2 em')?.firstChild as Text, 3);
    const fromTitleOffsets = annotations.rangeToOffsets(model, fromTitle);
    return {
      text: model.text,
      across: across && model.text.slice(across.start, across.end),
      captionOnly: annotations.rangeToOffsets(model, captionOnly),
      fromTitle: fromTitleOffsets && model.text.slice(fromTitleOffsets.start, fromTitleOffsets.end),
    };
  });
  expect(result.text).toBe('Alpha beta gamma delta, epsilon zeta.\n\nEta theta  iota kappa lambda.\n\nMu nu xi.');
  expect(result.across).toBe('mma delta, epsilon zeta.');
  expect(result.captionOnly).toBeNull();
  expect(result.fromTitle).toBe('Alpha beta gamma delta, epsilon zeta.\n\nEta theta  iota kap');
});

test('marks wrap only text, one or more per paragraph, and leave the article text unchanged', async ({ page }) => {
  const result = await page.evaluate(() => {
    const root = document.getElementById('article') as HTMLElement;
    const before = root.innerHTML;
    const model = annotations.modelFromRoot(root);
    const start = model.text.indexOf('gamma');
    const end = model.text.indexOf('lambda');
    const marks = annotations.drawHighlight(root, model, 'h1', start, end, 'green');
    const again = annotations.modelFromRoot(root);
    const drawn = {
      count: marks.length,
      text: marks.map((m) => m.textContent).join('|'),
      blocks: marks.filter((m) => m.querySelector('p, figure, figcaption, h1, div')).length,
      outsideParagraphs: marks.filter((m) => !m.closest('[data-pid]')).length,
      tabindex: marks.map((m) => m.getAttribute('tabindex')),
      classes: marks[0]?.className,
      modelUnchanged: again.text === model.text,
      ids: annotations.highlightIdAt(root.querySelector('#p-2 em mark') as Node),
    };
    annotations.setMarksColor(root, 'h1', 'pink');
    const recoloured = annotations.marksOf(root, 'h1').every((m) => m.className === 'hl hl-pink');
    annotations.removeMarks(root, 'h1');
    return { drawn, recoloured, restored: root.innerHTML === before };
  });
  expect(result.drawn).toEqual({
    count: 7,
    text: 'gamma| delta, |epsilon| zeta.|Eta theta  iota |kappa| ',
    blocks: 0,
    outsideParagraphs: 0,
    tabindex: ['0', null, null, null, null, null, null],
    classes: 'hl hl-green',
    modelUnchanged: true,
    ids: ['h1'],
  });
  expect(result.recoloured).toBe(true);
  expect(result.restored).toBe(true);
});

test('overlapping highlights nest, and removing either leaves the other whole and the DOM as it was', async ({
  page,
}) => {
  const result = await page.evaluate(() => {
    const root = document.getElementById('article') as HTMLElement;
    const before = root.innerHTML;
    const model = annotations.modelFromRoot(root);
    const at = (s: string) => model.text.indexOf(s);
    const textOf = (id: string) =>
      annotations
        .marksOf(root, id)
        .map((m) => m.textContent)
        .join('');
    annotations.drawHighlight(root, model, 'a', at('beta'), at('epsilon'), 'yellow');
    annotations.drawHighlight(root, model, 'b', at('gamma'), at(' zeta'), 'blue');
    const overlap = annotations.highlightIdAt(root.querySelector('strong mark mark') as Node);
    const both = { a: textOf('a'), b: textOf('b') };
    annotations.removeMarks(root, 'a');
    const bAlone = textOf('b');
    annotations.drawHighlight(root, model, 'a', at('beta'), at('epsilon'), 'yellow');
    annotations.removeMarks(root, 'b');
    const aAlone = textOf('a');
    annotations.removeMarks(root, 'a');
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    let adjacentTextNodes = 0;
    for (let t = walker.nextNode(); t; t = walker.nextNode()) if (t.nextSibling?.nodeType === 3) adjacentTextNodes++;
    return { overlap, both, bAlone, aAlone, restored: root.innerHTML === before, adjacentTextNodes };
  });
  expect(result.overlap).toEqual(['b', 'a']);
  expect(result.both).toEqual({ a: 'beta gamma delta, ', b: 'gamma delta, epsilon' });
  expect(result.bAlone).toBe('gamma delta, epsilon');
  expect(result.aAlone).toBe('beta gamma delta, ');
  expect(result.restored).toBe(true);
  expect(result.adjacentTextNodes).toBe(0);
});

test('model offsets and DOM ranges map back and forth, also through drawn marks', async ({ page }) => {
  const mismatches = await page.evaluate(() => {
    const root = document.getElementById('article') as HTMLElement;
    const model = annotations.modelFromRoot(root);
    annotations.drawHighlight(root, model, 'x', 3, 20, 'yellow');
    annotations.drawHighlight(root, model, 'y', 10, 50, 'blue');
    // Model offsets to a DOM Range through the module's own DOM points (the app never needs the whole Range).
    const toRange = (start: number, end: number): Range | null => {
      const clamped = annotations.clampToText(model, start, end);
      const a = clamped && annotations.offsetToDomPoint(model, clamped.start, 'start');
      const b = clamped && annotations.offsetToDomPoint(model, clamped.end, 'end');
      if (!a || !b) return null;
      const range = document.createRange();
      range.setStart(a.node, a.offset);
      range.setEnd(b.node, b.offset);
      return range;
    };
    const bad: string[] = [];
    for (let s = 0; s < model.text.length; s += 3) {
      for (let e = s + 1; e <= model.text.length; e += 7) {
        const want = annotations.clampToText(model, s, e);
        const range = toRange(s, e);
        const got = range && annotations.rangeToOffsets(model, range);
        if (JSON.stringify(want) !== JSON.stringify(got)) bad.push(`${s}-${e}: ${JSON.stringify(got)}`);
        // Within one paragraph the DOM range must read exactly as the model (across paragraphs it also holds
        // the captions and layout whitespace in between, which the model leaves out on purpose).
        const slice = want ? model.text.slice(want.start, want.end) : '';
        if (!slice.includes('\n') && range && range.toString() !== slice) bad.push(`${s}-${e}: text`);
      }
    }
    return bad;
  });
  expect(mismatches).toEqual([]);
});

// First bundle: the static article as the islands see it. The text lives in the prerendered HTML only.
import { type DomTextModel, modelFromRoot, rangeToOffsets } from '../../annotations/text-model.ts';

/** The prerendered article element; the page always has it. */
export function articleEl(): HTMLElement {
  const el = document.getElementById('article');
  if (!el) throw new Error('the page has no #article');
  return el;
}

/** The content version the build stamped on the article (anchors remember it). */
export const contentVersion = (): string => articleEl().dataset.contentVersion ?? '';

let model: DomTextModel | undefined;

/**
 * The article's text model. Marks never change the text, so it is built once; only its element list
 * goes stale when marks split text nodes, and the DOM mapping walks from those elements, which stay.
 */
export function textModel(): DomTextModel {
  model ??= modelFromRoot(articleEl());
  return model;
}

/** The article's title and author, for exports. */
export function articleMeta(): { title: string; author: string; source: string } {
  const root = articleEl();
  return {
    title: root.querySelector('h1')?.textContent?.trim() ?? document.title,
    author: root.querySelector('.byline .author')?.textContent?.trim() ?? '',
    source: `${location.origin}${location.pathname}`,
  };
}

/** The article selection right now, as text-model offsets; null when there is none in the article. */
export function liveSelection(): { start: number; end: number } | null {
  const sel = window.getSelection();
  const range = sel && sel.rangeCount > 0 && !sel.isCollapsed ? sel.getRangeAt(0) : null;
  if (!range || !articleEl().contains(range.commonAncestorContainer)) return null;
  const offsets = rangeToOffsets(textModel(), range);
  return offsets && offsets.end > offsets.start ? offsets : null;
}

/** Where the sticky app bar ends: text above this line is hidden under it. */
export const barBottom = (): number => document.getElementById('app-bar')?.getBoundingClientRect().bottom ?? 0;

/** The first author paragraph not hidden under the app bar, or null when none is on screen. */
export function firstParagraphInView(): Element | null {
  const bar = barBottom();
  const el = textModel().elements.find((p) => p.getBoundingClientRect().bottom > bar + 4);
  return el && el.getBoundingClientRect().top < window.innerHeight ? el : null;
}

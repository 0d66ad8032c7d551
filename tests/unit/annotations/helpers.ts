import article from '../../fixtures/annotations/article.json' with { type: 'json' };
import { modelFromParagraphs, type ParagraphText, type TextModel } from '../../../src/annotations/text-model.ts';

/** The seed article's seven paragraphs, whitespace exactly as the author left it. */
export const PARAGRAPHS: readonly ParagraphText[] = article.paragraphs;

export const original = (): TextModel => modelFromParagraphs(PARAGRAPHS);

/** A revised article: `edit` gets a copy of the paragraphs to change. */
export function revised(edit: (ps: ParagraphText[]) => void): TextModel {
  const ps = PARAGRAPHS.map((p) => ({ ...p }));
  edit(ps);
  return modelFromParagraphs(ps);
}

/** Replaces `from` by `to` in the paragraph with this id, failing loudly if the text is not there. */
export function replaceIn(ps: ParagraphText[], id: string, from: string, to: string): void {
  const p = ps.find((x) => x.id === id);
  if (!p?.text.includes(from)) throw new Error(`fixture: "${from}" is not in ${id}`);
  p.text = p.text.replace(from, to);
}

/** Offsets of the n-th (0-based) occurrence of `quote` in the model text. */
export function find(model: TextModel, quote: string, nth = 0): { start: number; end: number } {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = model.text.indexOf(quote, at + 1);
    if (at === -1) throw new Error(`fixture: occurrence ${nth} of "${quote}" not found`);
  }
  return { start: at, end: at + quote.length };
}

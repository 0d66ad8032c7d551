import { describe, expect, it } from 'vitest';
import {
  clampToText,
  modelFromParagraphs,
  PARAGRAPH_SEPARATOR,
  paragraphIndexAt,
} from '../../../src/annotations/text-model.ts';
import { original, PARAGRAPHS } from './helpers.ts';

describe('text model from strings', () => {
  it('joins the paragraphs with a blank line and records where each starts', () => {
    const model = modelFromParagraphs([
      { id: 'p-a', text: 'One.' },
      { id: 'p-b', text: 'Two  words.' },
      { id: 'p-c', text: '' },
      { id: 'p-d', text: 'Four' },
    ]);
    expect(model.text).toBe('One.\n\nTwo  words.\n\n\n\nFour');
    expect(model.paragraphs.map((p) => p.start)).toEqual([0, 6, 19, 21]);
    for (const p of model.paragraphs) expect(model.text.slice(p.start, p.start + p.text.length)).toBe(p.text);
  });

  it('keeps the seed article word for word, whitespace included', () => {
    const model = original();
    expect(model.paragraphs.map((p) => p.id)).toEqual(['p-1', 'p-2', 'p-3', 'p-4', 'p-5', 'p-6', 'p-7']);
    expect(model.text).toBe(PARAGRAPHS.map((p) => p.text).join(PARAGRAPH_SEPARATOR));
    expect(model.text).toContain('in th region');
    expect(model.text).not.toContain('Photo by');
  });

  it('finds the paragraph of an offset; a separator belongs to the paragraph before it', () => {
    const model = modelFromParagraphs([
      { id: 'a', text: 'abc' },
      { id: 'b', text: 'de' },
    ]);
    expect([0, 2, 3, 4, 5, 6, 7, 99].map((o) => paragraphIndexAt(model, o))).toEqual([0, 0, 0, 0, 1, 1, 1, 1]);
  });

  it('clamps offsets in separators or outside the text onto paragraph text, and empty ranges to null', () => {
    const model = modelFromParagraphs([
      { id: 'a', text: 'abc' },
      { id: 'b', text: 'de' },
    ]);
    expect(clampToText(model, -5, 99)).toEqual({ start: 0, end: 7 });
    expect(clampToText(model, 4, 6)).toEqual({ start: 5, end: 6 });
    expect(clampToText(model, 1, 4)).toEqual({ start: 1, end: 3 });
    expect(clampToText(model, 3, 5)).toBeNull();
    expect(clampToText(model, 2, 2)).toBeNull();
  });
});

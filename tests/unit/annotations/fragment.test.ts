import { describe, expect, it } from 'vitest';
import { paragraphIdFromHash, passageUrl, textDirective } from '../../../src/annotations/fragment.ts';
import { modelFromParagraphs } from '../../../src/annotations/text-model.ts';
import { find, original } from './helpers.ts';

const directiveFor = (quote: string, nth = 0) => {
  const model = original();
  const { start, end } = find(model, quote, nth);
  return textDirective(model, start, end);
};

describe('text fragment links', () => {
  it('quotes a short passage whole, with a few words of context from its own paragraph', () => {
    expect(directiveFor('rgion')).toBe('text=success%20of%20the-,rgion,-as%20a%20possible');
  });

  it('percent-encodes the directive syntax characters -, and &', () => {
    expect(directiveFor('self-identification')).toBe(
      'text=and%20promoting%20regional-,self%2Didentification,-in%20order%20to',
    );
    const model = modelFromParagraphs([{ id: 'p-1', text: 'Salt & pepper, please.' }]);
    expect(textDirective(model, 0, 22)).toBe('text=Salt%20%26%20pepper%2C%20please.');
  });

  it('widens a selection that ends mid-word to whole words, which is all a text fragment can match', () => {
    const model = original();
    const { start } = find(model, 'factual');
    expect(textDirective(model, start + 1, start + 5)).toBe(
      'text=I%20explore%20the-,factual,-correlation%20between%20the',
    );
  });

  it('tells a repeated phrase apart by its context', () => {
    expect(directiveFor('delicate balance', 0)).toBe('text=to%20provide%20a-,delicate%20balance,-between%20its%20own');
    expect(directiveFor('delicate balance', 1)).toBe(
      'text=provide%20a%20more-,delicate%20balance,-between%20its%20own',
    );
  });

  it('widens the context until the first match in the article is the chosen one', () => {
    const model = modelFromParagraphs([
      { id: 'p-1', text: 'one two three four five six target word here' },
      { id: 'p-2', text: 'zero two three four five six target word here' },
    ]);
    const { start, end } = find(model, 'target', 1);
    expect(textDirective(model, start, end)).toBe('text=zero%20two%20three%20four%20five%20six-,target,-word%20here');
  });

  it('uses textStart,textEnd with a few words each for a long passage or one spanning paragraphs', () => {
    const model = original();
    const start = find(model, 'The BRI as a framework').start;
    const end = find(model, 'the first steps to normalization').end;
    expect(textDirective(model, start, end)).toBe(
      'text=The%20BRI%20as%20a,first%20steps%20to%20normalization,-have%20been%20made.',
    );
    const long = 'While China’s ambitious project promises to foster regional and interregional cooperation, I explore';
    expect(directiveFor(long)).toBe(
      'text=While%20China%E2%80%99s%20ambitious%20project,interregional%20cooperation%2C%20I%20explore,-the%20factual%20correlation',
    );
  });

  it('collapses ordinary whitespace like the rendered page, but keeps no-break spaces', () => {
    expect(directiveFor('observed \u00a0that the')).toBe(
      'text=it%20can%20be-,observed%20%C2%A0that%20the,-implementation%20of%20China%E2%80%99s',
    );
  });

  it('builds a link with a #p-… fallback, replacing any hash the page had', () => {
    const model = original();
    const { start, end } = find(model, 'rgion');
    expect(passageUrl('https://example.test/#top', model, start, end, 'p-5')).toBe(
      'https://example.test/#p-5:~:text=success%20of%20the-,rgion,-as%20a%20possible',
    );
    expect(passageUrl('https://example.test/', model, start, end)).toBe(
      'https://example.test/#:~:text=success%20of%20the-,rgion,-as%20a%20possible',
    );
    expect(paragraphIdFromHash('#p-5:~:text=x')).toBe('p-5');
    expect(paragraphIdFromHash('#:~:text=x')).toBeNull();
    expect(paragraphIdFromHash('')).toBeNull();
    expect(paragraphIdFromHash('#p-%E0%A4%A')).toBeNull();
  });
});

// Lazy (Listen chunk): where one utterance ends and the next begins. Pure string work, unit-tested in Node.

/** A sentence as offsets into the text it came from, trimmed of the white space around it. */
export interface Span {
  start: number;
  end: number;
}

/**
 * Words that end with a full stop without ending the sentence. ICU (behind Intl.Segmenter) splits after
 * "Dr." or "e.g." followed by a capital, and the fallback rule would too, so both paths merge across these.
 * Upper-case acronyms ("BRI", "CA") are deliberately absent: the author ends sentences with them.
 */
const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'st',
  'vs',
  'etc',
  'e.g',
  'i.e',
  'cf',
  'no',
  'fig',
  'approx',
  'jan',
  'feb',
  'aug',
  'sept',
  'oct',
  'nov',
  'dec',
]);

/** A sentence end: . ! ? or …, then closing quotes or brackets, then white space (no-break spaces included). */
const END = /[.!?…]+[’”"')\]]*(?=[\s\u00a0]+)/g;
/** What may begin a sentence: a capital, a digit, or an opening quote or bracket. */
const BEGIN = /^[\s\u00a0]+[\p{Lu}\p{Lt}\p{N}‘“"'([¿¡]/u;

/** The word just before the stop at `end`, with inner dots: "Dr", "e.g", "U.S", "CA". */
function wordBefore(text: string, end: number): string {
  const head = text.slice(0, end).replace(/[.!?…’”"')\]]+$/, '');
  return /[\p{L}.]+$/u.exec(head)?.[0] ?? '';
}

/** True when the stop ending at `end` belongs to an abbreviation or an initial ("J.", "U.S."), not a sentence. */
function isAbbreviation(text: string, end: number): boolean {
  const word = wordBefore(text, end);
  return ABBREVIATIONS.has(word.toLowerCase()) || /^\p{Lu}$/u.test(word) || /^(\p{L}\.)+\p{L}$/u.test(word);
}

/** Trims each cut piece of `text` to its words; empty pieces are dropped. */
function trimmed(text: string, cuts: readonly number[]): Span[] {
  const out: Span[] = [];
  let from = 0;
  for (const to of [...cuts, text.length]) {
    const piece = text.slice(from, to);
    const lead = piece.length - piece.replace(/^[\s\u00a0]+/, '').length;
    const body = piece.replace(/[\s\u00a0]+$/, '');
    if (body.length > lead) out.push({ start: from + lead, end: from + body.length });
    from = to;
  }
  return out;
}

/**
 * The fallback rule, for engines without Intl.Segmenter: a sentence ends at . ! ? or … (with any closing
 * quotes or brackets) followed by white space and a capital, digit or opening quote, unless the stop belongs
 * to an abbreviation or an initial.
 */
export function splitByRule(text: string): Span[] {
  const cuts: number[] = [];
  for (const m of text.matchAll(END)) {
    const end = m.index + m[0].length;
    if (BEGIN.test(text.slice(end)) && !isAbbreviation(text, end)) cuts.push(end);
  }
  return trimmed(text, cuts);
}

/** Intl.Segmenter's sentence breaks (ICU), with the breaks after abbreviations taken out again. */
function splitBySegmenter(text: string, lang: string): Span[] {
  const cuts: number[] = [];
  for (const { index } of new Intl.Segmenter(lang, { granularity: 'sentence' }).segment(text)) {
    if (index === 0) continue;
    const end = text.slice(0, index).replace(/[\s\u00a0]+$/, '').length;
    if (!isAbbreviation(text, end)) cuts.push(index);
  }
  return trimmed(text, cuts);
}

/**
 * Splits one block of text (a paragraph, a caption) into sentences: Intl.Segmenter where the engine has it
 * (it knows more languages than any rule here), else `splitByRule`. `useSegmenter` lets tests pick the path.
 */
export function splitSentences(text: string, lang = 'en', useSegmenter = typeof Intl.Segmenter === 'function'): Span[] {
  return useSegmenter ? splitBySegmenter(text, lang) : splitByRule(text);
}

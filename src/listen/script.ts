// Lazy (Listen chunk): what the voice reads, in reading order, and where each sentence sits on the page.
import type { DomTextModel } from '../annotations/text-model.ts';
import { languageOfTag, type TranslationLang } from '../i18n/languages.ts';
import { listenText } from '../i18n/text/listen.ts';
import { splitSentences } from './sentences.ts';

/**
 * What a sentence is: the author's title, byline, paragraphs and photo captions (or their translations); the
 * edition's note under a stand-in picture (said in the edition's words: `spokenStandIn`); the edition's own
 * words read as they are (a translation's provenance note).
 */
type Kind = 'title' | 'byline' | 'paragraph' | 'caption' | 'note' | 'edition';

/** One block of the page the voice reads: an element whose text is split into sentences. */
export interface Block {
  kind: Kind;
  el: Element;
  /** The language of its text (the element's own or inherited `lang`): the voice is chosen for it. */
  lang: string;
  /**
   * The author's paragraph (or the one a translation belongs to) and, for the author's own text only, where it
   * starts in the text model: a translation has no model offsets, so it is never highlighted.
   */
  paragraphId?: string;
  modelStart?: number;
  /** Where the words to read begin in `el.textContent` (a translation's visible label is not read). */
  from?: number;
}

/** One utterance. */
export interface Sentence {
  kind: Kind;
  el: Element;
  lang: string;
  /** Offsets into `el.textContent`: what is shown while it is read. */
  start: number;
  end: number;
  /** What the voice says. */
  speak: string;
  /** Author paragraphs only: the paragraph and the text-model offsets (for highlights and the reading position). */
  paragraphId?: string;
  modelStart?: number;
  modelEnd?: number;
}

/** White space as the reader sees it (no-break spaces included) collapsed, so voices never spell it out. */
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/** The language an element's text is in, from the nearest `lang` attribute; English when none says. */
const langOf = (el: Element): string => el.closest('[lang]')?.getAttribute('lang') || 'en';

/**
 * The article's blocks in reading order: title, byline, then paragraphs and figures as they come. A figure
 * gives its caption and, when its picture is a stand-in, the edition's note. The footer's signature repeats
 * the byline and is not read; neither are the figure's "Show on map" link or the picture's badge.
 */
export function articleBlocks(root: Element, model: DomTextModel): Block[] {
  const blocks: Block[] = [];
  const paragraphs = new Map(model.elements.map((el, i) => [el, model.paragraphs[i]]));
  const nodes = root.querySelectorAll('h1, .byline, [data-pid], figure figcaption, figure .stand-in-note');
  for (const el of nodes) {
    if (el.closest('footer')) continue;
    const p = paragraphs.get(el);
    const kind: Kind = p
      ? 'paragraph'
      : el.matches('h1')
        ? 'title'
        : el.matches('.byline')
          ? 'byline'
          : el.matches('figcaption')
            ? 'caption'
            : 'note';
    blocks.push({ kind, el, lang: langOf(el), paragraphId: p?.id, modelStart: p?.start });
  }
  return blocks;
}

/**
 * The edition's translation into `lang`, in reading order, as blocks like the author's: the title, the
 * provenance note, each paragraph's and caption's translation (its label skipped) and a stand-in picture's note
 * (said in `lang`). A paragraph's translation carries that paragraph's id, so the reading position follows the
 * English paragraph it belongs to. The byline and the edition's closing note are not translated and not read.
 */
export function translationBlocks(root: Element, model: DomTextModel, lang: TranslationLang): Block[] {
  const ids = new Set(model.paragraphs.map((p) => p.id));
  const blocks: Block[] = [];
  for (const el of root.querySelectorAll(`.tr[lang="${lang}"], figure .stand-in-note`)) {
    if (el.closest('footer, .edition-note')) continue;
    if (el.matches('.stand-in-note')) {
      blocks.push({ kind: 'note', el, lang });
      continue;
    }
    const key = el.getAttribute('data-tr') ?? '';
    const label = el.firstElementChild?.matches('.tr-label') ? el.firstElementChild : null;
    const from = label && el.firstChild === label ? (label.textContent ?? '').length : 0;
    const kind: Kind = el.matches('.tr-provenance')
      ? 'edition'
      : key === 'title'
        ? 'title'
        : key.startsWith('caption:')
          ? 'caption'
          : 'paragraph';
    blocks.push({ kind, el, lang, paragraphId: ids.has(key) ? key : undefined, from });
  }
  return blocks;
}

/** Splits blocks into the sentences the voice says, one utterance each. */
export function readingScript(blocks: readonly Block[]): Sentence[] {
  const out: Sentence[] = [];
  for (const block of blocks) {
    const text = block.el.textContent ?? '';
    const from = block.from ?? 0;
    const base = { kind: block.kind, el: block.el, lang: block.lang };
    // The words the voice adds (a caption's lead-in, the stand-in note) in the block's language, else English.
    const spoken = listenText.in(languageOfTag(block.lang));
    if (block.kind === 'note') {
      out.push({ ...base, start: 0, end: text.length, speak: spoken('spokenStandIn') });
      continue;
    }
    if (block.kind === 'byline') {
      // Its parts are separate elements with no space between them in the text ("…DanilovichIRES…").
      const speak = squash(Array.from(block.el.childNodes, (n) => n.textContent ?? '').join(', ')).replace(
        /^By,/,
        'By',
      );
      out.push({ ...base, start: 0, end: text.length, speak });
      continue;
    }
    const spans =
      block.kind === 'title'
        ? [{ start: from, end: text.trimEnd().length }]
        : splitSentences(text.slice(from), block.lang).map((s) => ({ start: s.start + from, end: s.end + from }));
    spans.forEach(({ start, end }, i) => {
      let speak = squash(text.slice(start, end));
      if (block.kind === 'caption' && i === 0) speak = `${spoken('spokenCaption')} ${speak}`;
      const inModel =
        block.modelStart === undefined
          ? {}
          : { modelStart: block.modelStart + start, modelEnd: block.modelStart + end };
      out.push({ ...base, start, end, speak, paragraphId: block.paragraphId, ...inModel });
    });
  }
  return out;
}

/** A DOM Range over a sentence's text, found by walking its element's text nodes (marks and wrappers included). */
export function sentenceRange(s: Pick<Sentence, 'el' | 'start' | 'end'>): Range | null {
  const doc = s.el.ownerDocument;
  const walker = doc.createTreeWalker(s.el, NodeFilter.SHOW_TEXT);
  const range = doc.createRange();
  let seen = 0;
  let started = false;
  for (let t = walker.nextNode() as Text | null; t; t = walker.nextNode() as Text | null) {
    const len = t.data.length;
    if (!started && s.start < seen + len) {
      range.setStart(t, s.start - seen);
      started = true;
    }
    if (started && s.end <= seen + len) {
      range.setEnd(t, s.end - seen);
      return range;
    }
    seen += len;
  }
  return null;
}

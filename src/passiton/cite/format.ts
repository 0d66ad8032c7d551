// Lazy: loaded only when the reader presses `Cite` or `Cite this passage`. Citation.js with its CSL engine
// (citeproc-js) formats APA 7 with the CSL project's own style; Chicago and GOST are CSL styles written for
// this edition (./styles/), run by the same engine. BibTeX comes from Citation.js; RIS is written here because
// Citation.js's RIS plugin does not yet support its current core.
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-csl';
import chicagoNotes from './styles/chicago-notes.csl?raw';
import gost from './styles/gost-r-7-0-100-2018.csl?raw';

/** The one source this app cites, as the page knows it. No publication date and no page numbers exist. */
export interface Source {
  title: string;
  /** "Given Family", as the byline gives it. */
  author: string;
  /** The author's institution (byline affiliation). */
  institution: string;
  /** This edition's address: where the reader read it (never a guessed address of the original). */
  url: string;
  /** When the reader accessed it (today): styles that cite undated web sources ask for it. */
  accessed: Date;
}

/** A passage: its paragraph number in the article (1-based) and the quoted words. */
export interface Passage {
  paragraph: number;
  quote: string;
}

export const STYLES = ['apa', 'chicago', 'gost', 'bibtex', 'ris', 'csl-json'] as const;
export type StyleId = (typeof STYLES)[number];

const templates = plugins.config.get('@csl').styles;
templates.add('bri-chicago-notes', chicagoNotes);
templates.add('bri-gost', gost);

const ID = 'danilovich-bri-central-asia';

function parts(d: Date): [number, number, number] {
  return [d.getFullYear(), d.getMonth() + 1, d.getDate()];
}

/** The source as CSL-JSON: a blog post with no `issued` date (styles then say "n.d."), and no page. */
function cslItem(source: Source): Record<string, unknown> {
  const names = source.author.trim().split(/\s+/);
  const family = names.pop() ?? source.author;
  return {
    id: ID,
    type: 'post-weblog',
    title: source.title,
    author: [{ given: names.join(' '), family }],
    URL: source.url,
    accessed: { 'date-parts': [parts(source.accessed)] },
    note: `Author affiliation: ${source.institution}. The source gives no publication date.`,
  };
}

function csl(item: Record<string, unknown>, template: string, kind: 'bibliography' | 'citation', paragraph?: number) {
  const cite = new Cite(item);
  const out =
    kind === 'bibliography'
      ? cite.format('bibliography', { format: 'text', style: template, lang: 'en-US' })
      : cite.format('citation', {
          format: 'text',
          style: template,
          lang: 'en-US',
          entry: paragraph ? { id: String(item.id), locator: String(paragraph), label: 'paragraph' } : String(item.id),
          citationsPre: [],
          citationsPost: [],
        });
  return String(out).trim();
}

function ris(source: Source, passage?: Passage): string {
  const [y, m, d] = parts(source.accessed);
  const names = source.author.trim().split(/\s+/);
  const family = names.pop() ?? source.author;
  const lines = [
    'TY  - BLOG',
    `AU  - ${family}, ${names.join(' ')}`,
    `TI  - ${source.title}`,
    `UR  - ${source.url}`,
    `Y2  - ${y}/${String(m).padStart(2, '0')}/${String(d).padStart(2, '0')}`,
    `N1  - Author affiliation: ${source.institution}. The source gives no publication date.`,
  ];
  if (passage) lines.push(`N1  - Paragraph ${passage.paragraph}: “${passage.quote}”`);
  lines.push('ER  - ');
  return `${lines.join('\r\n')}\r\n`;
}

/**
 * The reference in one style. With a passage: the quote and its in-text citation or note by paragraph number
 * (for BibTeX, RIS and CSL-JSON, the reference with the paragraph and quote in a note field).
 */
export function formatReference(style: StyleId, source: Source, passage?: Passage): string {
  const item = cslItem(source);
  const quoted = (citation: string) => `“${passage?.quote ?? ''}” ${citation}`;
  switch (style) {
    case 'apa':
      return passage
        ? `${quoted(csl(item, 'apa', 'citation', passage.paragraph))}\n\n${csl(item, 'apa', 'bibliography')}`
        : csl(item, 'apa', 'bibliography');
    case 'chicago':
      // A note style: the quote, then its numbered note, then the bibliography entry.
      return passage
        ? `“${passage.quote}”\n\n1. ${csl(item, 'bri-chicago-notes', 'citation', passage.paragraph)}\n\n${csl(item, 'bri-chicago-notes', 'bibliography')}`
        : csl(item, 'bri-chicago-notes', 'bibliography');
    case 'gost':
      return passage
        ? `${quoted(csl(item, 'bri-gost', 'citation', passage.paragraph))}\n\n${csl(item, 'bri-gost', 'bibliography')}`
        : csl(item, 'bri-gost', 'bibliography');
    case 'bibtex': {
      const withPassage = passage
        ? { ...item, note: `${item.note} Paragraph ${passage.paragraph}: “${passage.quote}”` }
        : item;
      return String(new Cite(withPassage).format('bibtex', { format: 'text' })).trim();
    }
    case 'ris':
      return ris(source, passage).trim();
    case 'csl-json': {
      const withPassage = passage ? { ...item, locator: String(passage.paragraph), label: 'paragraph' } : item;
      return JSON.stringify([withPassage], null, 2);
    }
  }
}

/** Formats any CSL-JSON item with one of the CSL styles above: the unit tests run the styles' published examples. */
export function formatCsl(
  item: Record<string, unknown>,
  style: 'apa' | 'chicago' | 'gost',
  kind: 'bibliography' | 'citation',
) {
  const template = style === 'apa' ? 'apa' : style === 'chicago' ? 'bri-chicago-notes' : 'bri-gost';
  return csl(item, template, kind);
}

import { createHash } from 'node:crypto';
import { type Token, type Tokens, Parser, Renderer } from 'marked';
import type { ProcessedPhoto } from './images.ts';
import type { ArticleMeta } from './types.ts';
import { pageText } from '../../i18n/index.ts';
import { LANGUAGE_NAMES, LANGUAGES, type Language } from '../../i18n/languages.ts';
import { escapeHtml } from '../html.ts';
import type { Translation } from './translations.ts';
import { photoRef } from './validate.ts';

/**
 * Paragraph ids come from the paragraph's first words, not its position, so inserting a paragraph in a later
 * revision does not rename the ones after it, and fixing a typo further in keeps the id. Anchors still fall
 * back to the quote when an id is gone.
 */
export function paragraphId(text: string, taken: Set<string>): string {
  const words = text
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9\s]/g, '')
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 5);
  const base = `p-${words.join('-') || 'x'}`;
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Decodes the character references Markdown text may carry, as the browser will. */
function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (ref, body: string) => {
    if (body[0] === '#') {
      const code = body[1] === 'x' || body[1] === 'X' ? Number.parseInt(body.slice(2), 16) : Number(body.slice(1));
      return Number.isFinite(code) ? String.fromCodePoint(code) : ref;
    }
    return ENTITIES[body.toLowerCase()] ?? ref;
  });
}

/** Plain text of inline tokens, as the browser's textContent will see it. */
export function plainText(tokens: Token[]): string {
  return tokens
    .map((t) => {
      const inner = (t as { tokens?: Token[] }).tokens;
      if (inner) return plainText(inner);
      if (t.type === 'br') return '\n';
      return decodeEntities((t as { text?: string }).text ?? '');
    })
    .join('');
}

export interface RenderedArticle {
  html: string;
  contentVersion: string;
  paragraphs: { id: string; text: string }[];
}

class ArticleRenderer extends Renderer {
  // The author's text may contain "<" but never markup meant for the page: render raw HTML as text.
  override html({ text }: Tokens.HTML | Tokens.Tag): string {
    return escapeHtml(text);
  }
  override link({ href, title, tokens }: Tokens.Link): string {
    const safe = /^(https?:|mailto:|#)/i.test(href) ? href : '#';
    const t = title ? ` title="${escapeHtml(title)}"` : '';
    return `<a href="${escapeHtml(safe)}"${t}>${this.parser.parseInline(tokens)}</a>`;
  }
}

/**
 * The edition's translations of one unit, each in its own element after the English: `lang` set, `data-tr`
 * naming the unit, never `data-pid` or a `p`, so the text model, highlights and "the author's paragraphs"
 * (`article p`) never see them. Hidden unless the reader turns translations on (styles/article.css).
 */
function renderTranslations(translations: readonly Translation[], key: string, extra = ''): string {
  return translations
    .map((tr) => {
      const text = tr.texts.get(key);
      if (text === undefined) throw new Error(`translation ${tr.lang} has no ${key}: validate first`);
      const label = key.startsWith('p-') ? `<span class="tr-label">${escapeHtml(tr.label)}</span>` : '';
      return `<div class="tr${extra}" lang="${tr.lang}" data-tr="${escapeHtml(key)}">${label}${escapeHtml(text)}</div>`;
    })
    .join('');
}

/**
 * Step 3: render the validated article to HTML; every author paragraph gets a stable id and `data-pid`.
 * `translations` (checked by translations.ts) go under the English they translate, the author's text first;
 * `lang` is the interface language of the page being built, for the edition's own words.
 */
export function renderArticle(
  meta: ArticleMeta,
  tokens: Token[],
  photos: Map<string, ProcessedPhoto>,
  translations: readonly Translation[] = [],
  lang: Language = 'en',
): RenderedArticle {
  const renderer = new ArticleRenderer();
  const parser = new Parser({ renderer, gfm: false });
  renderer.parser = parser;
  const taken = new Set<string>();
  const paragraphs: RenderedArticle['paragraphs'] = [];
  const body: string[] = [];

  for (const token of tokens) {
    const ref = photoRef(token);
    if (ref) {
      const photo = photos.get(ref);
      if (!photo) throw new Error(`photo ${ref} was not processed`);
      body.push(renderFigure(photo, lang, renderTranslations(translations, `caption:${ref}`, ' tr-caption')));
    } else if (token.type === 'paragraph') {
      const inline = (token as Tokens.Paragraph).tokens;
      const text = plainText(inline).trim();
      const id = paragraphId(text, taken);
      paragraphs.push({ id, text });
      body.push(`<p id="${id}" data-pid>${parser.parseInline(inline).trim()}</p>`);
      if (translations.length > 0) {
        // The provenance sits next to the first translated paragraph, in each translation's own language.
        if (paragraphs.length === 1) {
          body.push(
            translations
              .map(
                (tr) =>
                  `<div class="tr tr-provenance" lang="${tr.lang}" role="note">${escapeHtml(tr.provenance)}</div>`,
              )
              .join(''),
          );
        }
        body.push(renderTranslations(translations, id));
      }
    } else if (token.type === 'heading') {
      // The page's h1 is the title: a body heading is at least an h2.
      const level = Math.min(6, Math.max(2, (token as Tokens.Heading).depth));
      body.push(`<h${level}>${parser.parseInline((token as Tokens.Heading).tokens)}</h${level}>`);
    } else if (token.type !== 'space') {
      body.push(parser.parse([token]));
    }
  }

  const contentVersion = createHash('sha256')
    .update(paragraphs.map((p) => p.text).join('\n\n'))
    .digest('hex')
    .slice(0, 12);
  const signature = meta.signature
    ? `<footer class="article-footer"><p class="signature">${escapeHtml(meta.signature)}</p></footer>`
    : '';
  const translated = translations.length > 0;
  // Before the article, not in its header: inside it the button would come before the reader's highlights
  // in the tab order (Skip to the article, then Tab, must reach the first mark).
  // The language select sits there too (wired by src/reader/LanguageSelect); both need script, as the bar does.
  const toggle = translated
    ? `<button type="button" class="text-button tr-toggle" aria-pressed="false">${escapeHtml(pageText(lang, 'translationToggle'))}</button>`
    : '';
  const bar = `<div class="tr-bar">${languageSelect(lang)}${toggle}</div>\n`;
  const about = translated
    ? ` <span class="tr-about">${escapeHtml(pageText(lang, 'translationAbout', { count: paragraphs.length }))}</span>${renderTranslations(translations, 'note:source')}${translations.map((tr) => `<div class="tr" lang="${tr.lang}">${escapeHtml(tr.provenance)}</div>`).join('')}`
    : '';
  const html = `${bar}<article id="article" class="article" lang="${escapeHtml(meta.lang)}" data-content-version="${contentVersion}" aria-labelledby="article-title" tabindex="-1">
<header class="article-header">
<h1 id="article-title">${escapeHtml(meta.title)}</h1>
${translated ? renderTranslations(translations, 'title', ' tr-title') : ''}
<div class="byline">${escapeHtml(pageText(lang, 'byline')).replace('{author}', `<span class="author">${escapeHtml(meta.author)}</span>`)}<span class="affiliation">${escapeHtml(meta.affiliation)}</span></div>
</header>
${body.join('\n')}
${signature}
<aside class="edition-note" aria-label="${escapeHtml(pageText(lang, 'aboutEdition'))}"><span>${escapeHtml(meta.source.credit)}</span>${about}</aside>
</article>`;
  return { html, contentVersion, paragraphs };
}

/**
 * The `Language` select (../shared/CONTRACT.md, "Languages"), prerendered with the page's language selected;
 * each option names its language in itself. Shown only with script (the bar is), which makes it work.
 */
function languageSelect(lang: Language): string {
  const options = LANGUAGES.map(
    (l) => `<option value="${l}" lang="${l}"${l === lang ? ' selected' : ''}>${escapeHtml(LANGUAGE_NAMES[l])}</option>`,
  ).join('');
  return `<label class="language-select">${escapeHtml(pageText(lang, 'language'))} <select id="language-select" autocomplete="off">${options}</select></label>`;
}

/** Figures fill a phone's width and sit in a 40rem column on wider screens; `sizes` says exactly that. */
const PHOTO_SIZES = '(min-width: 44rem) 40rem, 100vw';

function renderFigure(p: ProcessedPhoto, lang: Language, captionTranslations = ''): string {
  const { meta } = p;
  const alt = p.standIn && meta.standIn ? meta.standIn.alt : meta.alt;
  const sources = p.sources
    .map((s) => `<source type="${s.type}" srcset="${s.srcset}" sizes="${PHOTO_SIZES}">`)
    .join('');
  const img = `<img src="${p.fallback.src}" srcset="${p.fallback.srcset}" sizes="${PHOTO_SIZES}" width="${p.width}" height="${p.height}" alt="${escapeHtml(alt)}" loading="lazy" decoding="async" style="background-image:url(${p.placeholder})">`;
  const standIn = p.standIn
    ? `<span class="stand-in-badge" aria-hidden="true">${escapeHtml(pageText(lang, 'standIn'))}</span>`
    : '';
  const note = p.standIn
    ? `<span class="stand-in-note"><strong>${escapeHtml(pageText(lang, 'standIn'))}:</strong> ${escapeHtml(pageText(lang, 'standInNote'))}</span>`
    : '';
  const mapLink = meta.place
    ? `<a class="show-on-map" href="#${escapeHtml(meta.place)}" data-place="${escapeHtml(meta.place)}">${escapeHtml(pageText(lang, 'showOnMap'))}</a>`
    : '';
  return `<figure id="fig-${meta.id}" class="photo${p.standIn ? ' is-stand-in' : ''}"${meta.place ? ` data-place="${escapeHtml(meta.place)}"` : ''}>
<div class="photo-frame"><picture>${sources}${img}</picture>${standIn}</div>
<figcaption>${escapeHtml(meta.caption)}</figcaption>${captionTranslations}
<div class="figure-meta">${note}${mapLink}</div>
</figure>`;
}

// Lazy: builds the one-file edition from what this device already has: the article as the page shows it, the
// photos as they were decoded here, and the static map drawn at build time (precached with this chunk).
// Nothing is fetched over the network, so it works offline like the rest of the app.
import copyMap from 'virtual:copy-map';
import { formatDate } from '../../i18n/intl.ts';
import { type Language, languageOfTag } from '../../i18n/languages.ts';
import { copyText } from '../../i18n/text/copy.ts';
import type { Highlight } from '../../shared/types.ts';
import { COPY_CSS } from './style.ts';

/** The longest side of each photo in the copy: sharp on a phone, about 130 dpi across a printed page. */
const COPY_PHOTO_WIDTH = 800;
/** JPEG: every browser decodes it, from a phone's Downloads as from a desktop. */
const JPEG_QUALITY = 0.8;

/**
 * The copy's own policy: nothing may load from anywhere, images only from `data:` (the inline `<style>` is
 * allowed, script is not). A file opened from Downloads or a messenger can therefore make no request at all.
 */
const COPY_CSP = "default-src 'none'; img-src data:; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";

export interface CopyOptions {
  /** Draw the reader's highlights as marks and list their notes after the article. Off unless asked. */
  withHighlights: boolean;
  /** The reader's highlights (only read when withHighlights). */
  highlights: readonly Highlight[];
  /** The address the copy says it was saved from. */
  origin: string;
  now?: Date;
}

export interface Copy {
  name: string;
  html: string;
}

/** The copy's own words, in the language of the page it is saved from. */
type CopyWords = ReturnType<typeof copyText.in>;

const escapeText = (s: string) => s.replace(/[&<>]/g, (c) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt' }[c]};`);

/** The live photo as a JPEG `data:` URL at COPY_PHOTO_WIDTH (or its own width if smaller). */
async function photoDataUrl(img: HTMLImageElement): Promise<{ src: string; width: number; height: number }> {
  // A photo below the fold may not have loaded yet (loading=lazy): load the variant this device shows, which
  // the service worker already stored.
  img.loading = 'eager';
  await img.decode();
  const scale = Math.min(1, COPY_PHOTO_WIDTH / img.naturalWidth);
  const width = Math.round(img.naturalWidth * scale);
  const height = Math.round(img.naturalHeight * scale);
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const context = canvas.getContext('2d');
  if (!context) throw new Error(copyText('cannotDraw'));
  // JPEG has no transparency: a white ground, as on paper.
  context.fillStyle = '#fff';
  context.fillRect(0, 0, width, height);
  context.drawImage(img, 0, 0, width, height);
  return { src: canvas.toDataURL('image/jpeg', JPEG_QUALITY), width, height };
}

function unwrap(el: Element): void {
  el.replaceWith(...el.childNodes);
}

/** Marks kept as plain `<mark class="hl-colour">`, numbered by their highlight; the notes list links to them. */
function keepMarks(article: Element, highlights: readonly Highlight[], t: CopyWords): string {
  const byId = new Map(highlights.map((h) => [h.id, h]));
  const order: Highlight[] = [];
  for (const mark of article.querySelectorAll('mark[data-hl]')) {
    const h = byId.get(mark.getAttribute('data-hl') ?? '');
    if (!h) {
      unwrap(mark);
      continue;
    }
    let n = order.indexOf(h) + 1;
    if (n === 0) {
      order.push(h);
      n = order.length;
      mark.id = `mark-${n}`;
    }
    mark.className = `hl-${h.color}`;
    for (const name of ['data-hl', 'tabindex', 'role', 'aria-label']) mark.removeAttribute(name);
  }
  if (!order.length) return '';
  const items = order
    .map((h, i) => {
      return `<li id="note-${i + 1}"><a href="#mark-${i + 1}">${i + 1}.</a> <q>${escapeText(h.anchor.quote.exact)}</q><p>${h.note ? escapeText(h.note) : escapeText(t('noNote'))}</p></li>`;
    })
    .join('\n');
  return `<section class="reader-notes" aria-labelledby="reader-notes-title"><h2 id="reader-notes-title">${escapeText(t('readerNotes'))}</h2><p class="muted">${escapeText(t('readerNotesIntro'))}</p><ol>${items}</ol></section>`;
}

/**
 * The static map (drawn at build time) in the page's language: its names (places, countries) in `lang`, its
 * accessible name the map section's heading and the places as the page's own list names them.
 */
function localMap(section: Element, t: CopyWords, lang: Language): string {
  const mapSvg = copyMap(lang);
  const heading = section.querySelector('h2')?.textContent?.trim();
  const places = Array.from(section.querySelectorAll('li[id^="place-"] .map-place-name'), (h) => h.textContent?.trim());
  if (!heading || places.length === 0) return mapSvg;
  const title = escapeText(t('mapTitle', { heading, places: places.join('; ') }));
  return mapSvg.replace(/(<title id="copy-map-title">)[^<]*(<\/title>)/, `$1${title}$2`);
}

/** Strips what only the app uses (ids of islands, tab stops, lazy-loading hints, inline placeholders). */
function clean(root: Element): void {
  for (const el of root.querySelectorAll('[tabindex],[style],[data-pid],[loading],[decoding]')) {
    for (const name of ['tabindex', 'style', 'data-pid', 'loading', 'decoding']) el.removeAttribute(name);
  }
  root.removeAttribute('tabindex');
  for (const el of root.querySelectorAll('button, input, noscript, script, .show-on-map')) el.remove();
}

/**
 * Builds the one-file edition: the article verbatim, both figures with their captions and stand-in marks,
 * the photos as JPEG `data:` URLs, the static SVG map with the places and the edition's notes and sources,
 * byline, source note and content version. With `withHighlights`, the reader's marks and notes too.
 */
export async function makeCopy(doc: Document, options: CopyOptions): Promise<Copy> {
  const live = doc.getElementById('article');
  if (!live) throw new Error(copyText('noArticle'));
  // The copy speaks the language of the page it is made from (/ru/ makes a Russian copy); the article stays the
  // author's English (its own lang="en").
  const lang = languageOfTag(doc.documentElement.lang);
  const t = copyText.in(lang);
  const version = live.dataset.contentVersion ?? '';
  const article = live.cloneNode(true) as HTMLElement;
  // The edition's translations travel as the reader sees them: the ones shown now (each with its label, the
  // first with its provenance note), or none. Never a translation the reader did not choose to read.
  const liveTranslations = Array.from(live.querySelectorAll('.tr'));
  Array.from(article.querySelectorAll('.tr')).forEach((el, i) => {
    const shown = liveTranslations[i];
    if (!shown || doc.defaultView?.getComputedStyle(shown).display === 'none') el.remove();
  });
  const notes = options.withHighlights ? keepMarks(article, options.highlights, t) : '';
  if (!options.withHighlights) for (const mark of article.querySelectorAll('mark')) unwrap(mark);
  article.normalize();

  const liveImages = Array.from(live.querySelectorAll<HTMLImageElement>('figure img'));
  const copyPictures = Array.from(article.querySelectorAll('figure picture, figure img:not(picture img)'));
  for (const [i, img] of liveImages.entries()) {
    const photo = await photoDataUrl(img);
    const out = doc.createElement('img');
    out.src = photo.src;
    out.alt = img.alt;
    out.width = photo.width;
    out.height = photo.height;
    copyPictures[i]?.replaceWith(out);
  }
  clean(article);

  const mapLive = doc.getElementById('map');
  let map = '';
  if (mapLive) {
    const section = mapLive.cloneNode(true) as HTMLElement;
    for (const el of section.querySelectorAll('.map-controls, .map-canvas, .map-online-note, noscript')) el.remove();
    clean(section);
    const intro = section.querySelector('.map-intro') ?? section.querySelector('h2');
    intro?.insertAdjacentHTML('afterend', `<div class="copy-map-frame">${localMap(section, t, lang)}</div>`);
    map = section.outerHTML;
  }

  const now = options.now ?? new Date();
  const day = now.toISOString().slice(0, 10);
  const title = live.querySelector('h1')?.textContent?.trim() ?? doc.title;
  const author = live.querySelector('.byline .author')?.textContent?.trim() ?? '';
  const html = `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${COPY_CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<meta name="referrer" content="no-referrer">
<title>${escapeText(title)}</title>
<meta name="author" content="${escapeText(author).replace(/"/g, '&quot;')}">
<meta name="bri-content-version" content="${escapeText(version)}">
<style>${COPY_CSS}</style>
</head>
<body>
<main>
${article.outerHTML}
${notes}
${map}
</main>
<footer class="copy-footer">
<p>${escapeText(t('offline'))}</p>
<p>${escapeText(t('savedFrom', { origin: options.origin, date: formatDate(now, lang) }))} ${escapeText(t('version', { version }))}</p>
</footer>
</body>
</html>
`;
  const slug = 'belt-and-road-central-asia';
  return { name: `${slug}-${version || day}${options.withHighlights ? '-with-notes' : ''}.html`, html };
}

/**
 * Build time only: one prerendered page per interface language (`/`, `/ru/` and `/tg/`), filled from the one
 * index.html Vite processed. Each page has its `<html lang>`, the edition's words in its language (the
 * article itself stays the author's English, with the translations under it), `hreflang` alternates, links to
 * the other pages that work without script, and a preload of its language's interface words.
 */
import { pageText } from '../i18n/index.ts';
import {
  LANGUAGE_NAMES,
  LANGUAGE_PATHS,
  LANGUAGES,
  type Language,
  pageFilePath,
  slashedLanguagePage,
  translationsShownByDefault,
} from '../i18n/languages.ts';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ArticleMeta } from './content/types.ts';
import { escapeHtml } from './html.ts';
import { manifestPath } from './manifest.ts';

export interface PageParts {
  /** The article as this language's page shows it (BuiltArticle.htmlIn). */
  article: string;
  /** HTML after the article (the map section), in this language. */
  afterArticle: string;
  /** The URL of this language's interface-words chunk, preloaded so the reader mounts with no extra round trip. */
  interfaceChunk?: string;
}

/** Where each language's page is written in dist/. */
export function pageFile(lang: Language): string {
  return pageFilePath(lang).slice(1);
}

/**
 * Middleware for `vite preview` (`npm start`): `/ru` and `/tg` redirect to `/ru/` and `/tg/`, query kept, as
 * static hosts and deploy/nginx.conf do; without it the preview's fallback answers them with the English page.
 */
export function redirectToLanguagePage(req: IncomingMessage, res: ServerResponse, next: () => void): void {
  const url = new URL(req.url ?? '/', 'http://localhost');
  const page = slashedLanguagePage(url.pathname);
  if (page && (req.method === 'GET' || req.method === 'HEAD')) {
    res.writeHead(301, { Location: `${page}${url.search}` }).end();
  } else next();
}

/** `<link rel=alternate hreflang>` for every language's page, and x-default (the front page, which picks one). */
function alternates(): string {
  return [
    ...LANGUAGES.map((l) => `<link rel="alternate" hreflang="${l}" href="${LANGUAGE_PATHS[l]}">`),
    `<link rel="alternate" hreflang="x-default" href="${LANGUAGE_PATHS.en}">`,
  ].join('\n    ');
}

/** The footer's links to the other languages' pages: plain links, so they work without script and for crawlers. */
function languageLinks(lang: Language): string {
  const links = LANGUAGES.filter((l) => l !== lang)
    .map((l) => `<a href="${LANGUAGE_PATHS[l]}" hreflang="${l}" lang="${l}">${escapeHtml(LANGUAGE_NAMES[l])}</a>`)
    .join(' · ');
  return `<nav class="language-links" aria-label="${escapeHtml(pageText(lang, 'otherLanguages'))}">${links}</nav>`;
}

/**
 * Fills the processed index.html for `lang`: `{{t:key}}` marks the page area's messages
 * (src/i18n/messages/<lang>/page.ts), `{{app:...}}` marks the parts built here.
 */
export function fillPage(template: string, lang: Language, meta: ArticleMeta, parts: PageParts): string {
  const description = pageText(lang, 'description', {
    title: meta.title,
    author: meta.author,
    affiliation: meta.affiliation,
  });
  const preload = parts.interfaceChunk
    ? `<link rel="modulepreload" crossorigin href="${parts.interfaceChunk}">\n  </head>`
    : '</head>';
  const filled = template
    .replace(
      /<html lang="[^"]*">/,
      `<html lang="${lang}" data-translation="${translationsShownByDefault(lang) ? 'on' : 'off'}">`,
    )
    .replace('{{app:alternates}}', alternates())
    .replace('{{app:description}}', escapeHtml(description))
    .replace('{{app:languages}}', languageLinks(lang))
    .replace('{{app:article}}', () => parts.article)
    .replace('{{app:after-article}}', () => parts.afterArticle)
    .replace('</head>', preload)
    // vite-plugin-pwa linked the English manifest; each page links its own (src/build/manifest.ts).
    .replace(/(<link rel="manifest" href=")[^"]*(")/, `$1${manifestPath(lang)}$2`)
    .replace(/\{\{t:(\w+)\}\}/g, (_, key: string) => escapeHtml(pageText(lang, key as Parameters<typeof pageText>[1])));
  const left = filled.match(/\{\{(?:t|app):[\w-]+\}\}/);
  if (left) throw new Error(`index.html: ${left[0]} has no value for the ${lang} page`);
  return filled;
}

import { resolve } from 'node:path';
import type { Plugin, ResolvedConfig } from 'vite';
import { type BuiltArticle, buildArticle } from './content/index.ts';
import { escapeHtml } from './html.ts';
import { bootScript } from './boot-script.ts';
import { contentSecurityPolicy } from './csp.ts';
import { manifestPath, webManifest } from './manifest.ts';
import { fillPage, pageFile, redirectToLanguagePage } from './pages.ts';
import { LANGUAGES, type Language, languageOfPath } from '../i18n/languages.ts';

export interface ContentPluginOptions {
  /** Folder holding article.md and photos/. Defaults to ./content; tests point it at a fixture. */
  contentDir?: string;
  /** Extra HTML placed in <main> after the article (the map section), in the page's language. */
  afterArticle?: (lang: Language) => string;
}

/**
 * Build-time only. Runs the content pipeline and prerenders the article into one page per interface language
 * (src/build/pages.ts: index.html, ru/index.html, tg/index.html), emits the photo variants and boot.js,
 * inlines the page's CSS (so the first screen needs one round trip) and adds the CSP meta tag.
 */
export function contentPlugin(options: ContentPluginOptions = {}): Plugin {
  const contentDir = resolve(options.contentDir ?? process.env.BRI_CONTENT_DIR ?? 'content');
  let config: ResolvedConfig;
  let article: BuiltArticle | undefined;

  return {
    name: 'bri:content',
    enforce: 'post',
    configResolved(resolved) {
      config = resolved;
    },
    async buildStart() {
      article = await buildArticle(contentDir, config.base);
      this.addWatchFile(resolve(contentDir, 'article.md'));
    },
    configurePreviewServer(server) {
      server.middlewares.use(redirectToLanguagePage);
    },
    configureServer(server) {
      // Dev only: serve boot.js and the photo variants from memory, as the build would emit them.
      server.middlewares.use(async (req, res, next) => {
        if (req.url === `${config.base}boot.js`) {
          res.setHeader('Content-Type', 'text/javascript; charset=utf-8');
          res.end(bootScript());
          return;
        }
        if (!req.url?.startsWith(`${config.base}assets/photos/`)) return next();
        article ??= await buildArticle(contentDir, config.base);
        const file = article.photos.flatMap((p) => p.files).find((f) => `${config.base}${f.fileName}` === req.url);
        if (!file) return next();
        res.setHeader(
          'Content-Type',
          `image/${file.fileName.endsWith('.jpg') ? 'jpeg' : file.fileName.split('.').pop()}`,
        );
        res.end(file.source);
      });
    },
    transformIndexHtml: {
      order: 'pre',
      async handler(html, context) {
        article ??= await buildArticle(contentDir, config.base);
        const { meta } = article;
        html = html
          .replaceAll('%APP_TITLE%', escapeHtml(meta.title))
          .replaceAll('%APP_AUTHOR%', escapeHtml(meta.author))
          .replaceAll('%APP_AFFILIATION%', escapeHtml(meta.affiliation));
        if (config.command === 'build') {
          // Each language's page is filled in generateBundle, from the HTML Vite has finished with.
          return html.replace(
            '<!--app:csp-->',
            `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy({ forMeta: true })}">`,
          );
        }
        // Dev server: the page of the language its path names (/ru/ ...), no CSP (Vite's client injects script).
        const lang = languageOfPath(context.originalUrl ?? '/');
        return fillPage(html.replace('<!--app:csp-->', ''), lang, meta, {
          article: article.htmlIn[lang],
          afterArticle: options.afterArticle?.(lang) ?? '',
        });
      },
    },
    // Last (order: 'post'): after Vite has written each chunk's list of files to load first, which the
    // inlined stylesheet is taken out of below.
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        this.emitFile({ type: 'asset', fileName: 'boot.js', source: bootScript() });
        if (!article) return;
        for (const file of article.photos.flatMap((p) => p.files)) {
          this.emitFile({ type: 'asset', fileName: file.fileName, source: file.source });
        }
        const page = bundle['index.html'];
        if (page?.type !== 'asset') return;
        let html = String(page.source);
        // Inline the entry's stylesheet: it is small, and a separate file would cost a render-blocking round trip.
        const inlined: string[] = [];
        html = html.replace(/<link rel="stylesheet"[^>]*href="([^"]+\.css)"[^>]*>/g, (tag, href: string) => {
          const name = href.slice(config.base.length);
          const css = bundle[name];
          if (css?.type !== 'asset') return tag;
          delete bundle[name];
          inlined.push(name);
          return `<style>${String(css.source)}</style>`;
        });
        // A lazy chunk loaded from another lazy chunk lists the entry's stylesheet among the files to load first
        // (Vite cannot know the entry ran). That file is inlined and not written: name the entry's script there
        // instead, which is certainly loaded, so the chunk loads instead of failing on a missing stylesheet.
        const entry = Object.values(bundle).find((c) => c.type === 'chunk' && c.isEntry);
        for (const chunk of Object.values(bundle)) {
          if (chunk.type !== 'chunk' || !entry) continue;
          for (const css of inlined) chunk.code = chunk.code.replaceAll(`"${css}"`, `"${entry.fileName}"`);
        }
        for (const lang of LANGUAGES) {
          const words = Object.values(bundle).find(
            (c) => c.type === 'chunk' && c.facadeModuleId?.endsWith(`/i18n/messages/${lang}/core.ts`),
          );
          const filled = fillPage(html, lang, article.meta, {
            article: article.htmlIn[lang],
            afterArticle: options.afterArticle?.(lang) ?? '',
            interfaceChunk: words ? `${config.base}${words.fileName}` : undefined,
          });
          if (lang === 'en') {
            page.source = filled;
            continue;
          }
          this.emitFile({ type: 'asset', fileName: pageFile(lang), source: filled });
          // vite-plugin-pwa writes the English manifest; this page's, in its language, goes beside it.
          const manifest = JSON.stringify(webManifest(lang));
          this.emitFile({ type: 'asset', fileName: manifestPath(lang).slice(1), source: manifest });
        }
      },
    },
  };
}

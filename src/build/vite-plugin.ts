import { resolve } from 'node:path';
import type { Plugin, ResolvedConfig } from 'vite';
import { type BuiltArticle, buildArticle } from './content/index.ts';
import { escapeHtml } from './html.ts';
import { bootScript } from './boot-script.ts';
import { contentSecurityPolicy } from './csp.ts';

export interface ContentPluginOptions {
  /** Folder holding article.md and photos/. Defaults to ./content; tests point it at a fixture. */
  contentDir?: string;
  /** Extra HTML placed in <main> after the article (the map section). */
  afterArticle?: () => string;
}

/**
 * Build-time only. Runs the content pipeline and prerenders the article into index.html, emits the photo
 * variants and boot.js, inlines the page's CSS (so the first screen needs one round trip) and adds the CSP
 * meta tag.
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
      async handler(html) {
        article ??= await buildArticle(contentDir, config.base);
        const { meta } = article;
        const description = `${meta.title}, by ${meta.author} (${meta.affiliation}). Readable offline.`;
        return html
          .replace('<!--app:article-->', article.html)
          .replace('<!--app:after-article-->', options.afterArticle?.() ?? '')
          .replaceAll('%APP_TITLE%', escapeHtml(meta.title))
          .replaceAll('%APP_DESCRIPTION%', escapeHtml(description))
          .replace(
            '<!--app:csp-->',
            config.command === 'build'
              ? `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy({ forMeta: true })}">`
              : '',
          );
      },
    },
    generateBundle(_options, bundle) {
      this.emitFile({ type: 'asset', fileName: 'boot.js', source: bootScript() });
      if (!article) return;
      for (const file of article.photos.flatMap((p) => p.files)) {
        this.emitFile({ type: 'asset', fileName: file.fileName, source: file.source });
      }
      const page = bundle['index.html'];
      if (page?.type !== 'asset') return;
      let html = String(page.source);
      // Inline the entry's stylesheet: it is small, and a separate file would cost a render-blocking round trip.
      html = html.replace(/<link rel="stylesheet"[^>]*href="([^"]+\.css)"[^>]*>/g, (tag, href: string) => {
        const name = href.slice(config.base.length);
        const css = bundle[name];
        if (css?.type !== 'asset') return tag;
        delete bundle[name];
        return `<style>${String(css.source)}</style>`;
      });
      page.source = html;
    },
  };
}

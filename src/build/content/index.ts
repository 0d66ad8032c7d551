import { join, relative } from 'node:path';
import { LANGUAGES, type Language } from '../../i18n/languages.ts';
import { type ProcessedPhoto, processPhoto } from './images.ts';
import { parseContent } from './parse.ts';
import { type RenderedArticle, renderArticle } from './render.ts';
import { loadTranslations, sourceUnits, type Translation } from './translations.ts';
import type { ArticleMeta } from './types.ts';
import { validateContent } from './validate.ts';

export { ContentError } from './types.ts';

export interface BuiltArticle extends RenderedArticle {
  meta: ArticleMeta;
  photos: ProcessedPhoto[];
  translations: Translation[];
  /** The article as each language's page shows it: the same English and translations, the edition's words in that language. */
  htmlIn: Record<Language, string>;
}

/**
 * Runs the whole pipeline (parse → validate → render → images) over `<contentDir>/article.md`; validation
 * includes `<contentDir>/translations/*.yaml` against the English (translations.ts).
 */
export async function buildArticle(contentDir: string, base = '/'): Promise<BuiltArticle> {
  const path = join(contentDir, 'article.md');
  const file = relative(process.cwd(), path) || path;
  const parsed = parseContent(path);
  const meta = validateContent(file, contentDir, parsed.frontMatter, parsed.tokens);
  const translations = loadTranslations(contentDir, sourceUnits(meta, parsed.tokens));
  const photos = await Promise.all(meta.photos.map((p) => processPhoto(p, contentDir, base)));
  const byId = new Map(photos.map((p) => [p.meta.id, p]));
  const rendered = renderArticle(meta, parsed.tokens, byId, translations);
  const htmlIn = Object.fromEntries(
    LANGUAGES.map((lang) => {
      // The English page shows both translations; a Russian or Tajik page only its own, so it carries only that.
      const shown = translations.filter((tr) => lang === 'en' || tr.lang === lang);
      return [lang, renderArticle(meta, parsed.tokens, byId, shown, lang).html];
    }),
  ) as Record<Language, string>;
  return { ...rendered, meta, photos, translations, htmlIn };
}

import { join, relative } from 'node:path';
import { type ProcessedPhoto, processPhoto } from './images.ts';
import { parseContent } from './parse.ts';
import { type RenderedArticle, renderArticle } from './render.ts';
import type { ArticleMeta } from './types.ts';
import { validateContent } from './validate.ts';

export { ContentError } from './types.ts';

export interface BuiltArticle extends RenderedArticle {
  meta: ArticleMeta;
  photos: ProcessedPhoto[];
}

/** Runs the whole pipeline (parse → validate → render → images) over `<contentDir>/article.md`. */
export async function buildArticle(contentDir: string, base = '/'): Promise<BuiltArticle> {
  const path = join(contentDir, 'article.md');
  const file = relative(process.cwd(), path) || path;
  const parsed = parseContent(path);
  const meta = validateContent(file, contentDir, parsed.frontMatter, parsed.tokens);
  const photos = await Promise.all(meta.photos.map((p) => processPhoto(p, contentDir, base)));
  const rendered = renderArticle(meta, parsed.tokens, new Map(photos.map((p) => [p.meta.id, p])));
  return { ...rendered, meta, photos };
}

/**
 * Reads the source article from ../shared/seed/, so tests compare the page with the author's own file, never
 * with a copy typed into a test. The blog chrome after the affiliation line is not part of the article.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export interface SeedArticle {
  title: string;
  paragraphs: string[];
  captions: string[];
  signature: string;
}

const SEED_DIR = resolve(import.meta.dirname, '../../shared/seed');
const CAPTION = /\. Photo by Maria Danilovich\.$/;

/** Collapses every run of white space (non-breaking spaces included) to one space, as a browser renders it. */
export const squash = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** The seed article split into title, paragraphs, photo captions and the affiliation line. */
export function seedArticle(dir = SEED_DIR): SeedArticle {
  const file = readdirSync(dir).find((f) => f.endsWith('.txt'));
  if (!file) throw new Error(`no seed .txt in ${dir}`);
  const blocks = readFileSync(join(dir, file), 'utf8')
    .split(/\n\s*\n/)
    .map((b) => b.trim())
    .filter(Boolean);
  const end = blocks.findIndex((b) => b.startsWith('Written by:'));
  if (end < 0) throw new Error('seed has no "Written by:" affiliation line');
  const body = blocks.slice(1, end);
  return {
    title: blocks[0] ?? '',
    paragraphs: body.filter((b) => !CAPTION.test(b)),
    captions: body.filter((b) => CAPTION.test(b)),
    signature: blocks[end] ?? '',
  };
}

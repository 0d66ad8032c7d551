/**
 * Reads the source article from ../shared/seed/ (beside the repository, or BRI_SEED_DIR), so tests compare the
 * page with the author's own file, never with a copy typed into a test. The blog chrome after the affiliation
 * line is not part of the article. A plain clone has no such folder: then `seedArticle()` gives `null`, the
 * tests that compare with the seed skip, and `reportMissingSeed` (each runner's global setup) says why once.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export interface SeedArticle {
  title: string;
  paragraphs: string[];
  captions: string[];
  signature: string;
}

const SEED_DIR = resolve(process.env.BRI_SEED_DIR ?? resolve(import.meta.dirname, '../../shared/seed'));
const CAPTION = /\. Photo by Maria Danilovich\.$/;

/** Why the seed comparisons skip (the folder is absent), or null when the seed is there. */
export const SEED_MISSING: string | null = existsSync(SEED_DIR)
  ? null
  : `seed comparisons skipped: ${SEED_DIR} is absent (set BRI_SEED_DIR to the folder holding the seed .txt)`;

/** Collapses every run of white space (non-breaking spaces included) to one space, as a browser renders it. */
export const squash = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** The seed article split into title, paragraphs, photo captions and the affiliation line; null if absent. */
export function seedArticle(): SeedArticle | null {
  if (SEED_MISSING) return null;
  const file = readdirSync(SEED_DIR).find((f) => f.endsWith('.txt'));
  if (!file) throw new Error(`no seed .txt in ${SEED_DIR}`);
  const blocks = readFileSync(join(SEED_DIR, file), 'utf8')
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

/** Global setup for Vitest and Playwright: one printed line when the seed comparisons will skip. */
export default function reportMissingSeed(): void {
  if (SEED_MISSING) console.log(SEED_MISSING);
}

/**
 * Build-time only: what a reader downloads, measured on the real files in dist/ as a host would send them
 * (gzip and brotli). The byte budgets (tests/e2e/budgets.spec.ts), `npm run bench` and `npm run release-check`
 * all read these numbers, so they can never disagree.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { LANGUAGES, type Language } from '../i18n/languages.ts';
import { pageFile } from './pages.ts';

export interface Size {
  file: string;
  raw: number;
  gzip: number;
  brotli: number;
}

/** Budgets from the issues, in bytes (1 KB = 1,000 bytes, as the issues write them). */
export const BUDGETS = {
  firstHtmlBrotli: 14_000,
  firstLoadJsBrotli: 30_000,
  mapBrotli: 300_000,
  offlineTransferred: 600_000,
  /** The one-file edition `Save a copy` makes (photos, map and styles inside), as saved. */
  copyBytes: 300_000,
  /** Workbox silently skips precaching files over 2 MiB. */
  precacheFileMax: 2 * 1024 * 1024,
} as const;

const ALREADY_COMPRESSED = /\.(avif|webp|jpe?g|png|woff2?)$/;

/** Raw, gzip -9 and brotli q11 sizes of one file under `dist`. */
export function sizeOf(dist: string, file: string): Size {
  const data = readFileSync(join(dist, file));
  if (ALREADY_COMPRESSED.test(file)) return { file, raw: data.length, gzip: data.length, brotli: data.length };
  return {
    file,
    raw: data.length,
    gzip: gzipSync(data, { level: 9 }).length,
    brotli: brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

/** Sum of several sizes, named `file`. */
export function total(file: string, sizes: readonly Size[]): Size {
  return sizes.reduce((t, s) => ({ file, raw: t.raw + s.raw, gzip: t.gzip + s.gzip, brotli: t.brotli + s.brotli }), {
    file,
    raw: 0,
    gzip: 0,
    brotli: 0,
  });
}

/** Every file under `dist`, as paths relative to it with forward slashes. */
export function listFiles(dist: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else out.push(relative(dist, path).split('\\').join('/'));
    }
  };
  walk(dist);
  return out.sort();
}

/** Each interface language's page in dist/ (index.html, ru/index.html, tg/index.html): each has the budgets. */
export const PAGES: readonly { lang: Language; file: string }[] = LANGUAGES.map((lang) => ({
  lang,
  file: pageFile(lang),
}));

/**
 * The JS the first load of `page` needs: boot.js, the entry module, everything it imports statically, and
 * what the page preloads (its language's interface words, which the entry awaits before mounting).
 */
export function firstLoadJs(dist: string, page = 'index.html'): string[] {
  const html = readFileSync(join(dist, page), 'utf8');
  const classic = [...html.matchAll(/<script src="\/([^"]+)"/g)].map((m) => m[1] as string);
  const entries = [...html.matchAll(/<script type="module"[^>]*src="\/([^"]+)"/g)].map((m) => m[1] as string);
  const preloads = [...html.matchAll(/<link rel="modulepreload"[^>]*href="\/([^"]+)"/g)].map((m) => m[1] as string);
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file) || !existsSync(join(dist, file))) return;
    seen.add(file);
    const code = readFileSync(join(dist, file), 'utf8');
    // Static imports between chunks (`import{a}from"./x.js"`); dynamic import() calls are not first load.
    for (const m of code.matchAll(/(?:^|[;\s}])import\s*(?:[\w*{}\s,$]+from\s*)?["']\.\/([^"']+\.js)["']/g)) {
      visit(`assets/${m[1]}`);
    }
  };
  for (const f of [...entries, ...preloads]) visit(f);
  return [...classic, ...seen];
}

/** The lazily loaded map: its JS and CSS chunks and its data. */
export function mapFiles(dist: string): string[] {
  return listFiles(dist).filter((f) => /^assets\/(map-[^/]+\.(js|css)|(overview|detail-[a-z-]+)-[^/]+\.json)$/.test(f));
}

/** The photo variants, by file. */
export function photoFiles(dist: string): string[] {
  return listFiles(dist).filter((f) => f.startsWith('assets/photos/'));
}

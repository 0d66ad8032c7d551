// First bundle: turns a list of missing URLs into a few words for the one-line status.
import { offlineText as t } from '../i18n/text/offline.ts';

type Kind = 'photos' | 'pages' | 'mapFiles' | 'scripts' | 'styles' | 'icons' | 'fonts';

const KINDS: Array<[RegExp, Kind]> = [
  [/\/assets\/photos\//, 'photos'],
  [/\.html?(\?|$)|\/(\?|$)/, 'pages'],
  [/\.json(\?|$)/, 'mapFiles'],
  [/\.js(\?|$)/, 'scripts'],
  [/\.css(\?|$)/, 'styles'],
  [/\.(png|svg|ico|webmanifest)(\?|$)/, 'icons'],
  [/\.(woff2?|ttf)(\?|$)/, 'fonts'],
];

/** "2 photos, 1 script" — what is missing, by kind, most important first, in the interface language. */
export function describeMissing(urls: readonly string[]): string {
  const counts = new Map<Kind | 'files', number>();
  for (const url of urls) {
    const kind = KINDS.find(([re]) => re.test(url))?.[1] ?? 'files';
    counts.set(kind, (counts.get(kind) ?? 0) + 1);
  }
  // Each part is a whole counted phrase of the catalogue; ", " separates list items in all three languages.
  const parts: string[] = [];
  for (const kind of [...KINDS.map(([, k]) => k), 'files' as const]) {
    const count = counts.get(kind);
    if (count) parts.push(t(kind, { count }));
  }
  return parts.join(', ');
}

/** Bench rows for bytes: what a reader downloads, gzip and brotli, from src/build/sizes.ts. */
import {
  BUDGETS,
  firstLoadJs,
  listFiles,
  mapFiles,
  PAGES,
  photoFiles,
  type Size,
  sizeOf,
  total,
} from '../../src/build/sizes.ts';
import { type BenchRow, row } from './rows.ts';

/**
 * The first HTML response as it was while Leaflet's container, label, pin and popup styles were inlined into
 * the page (measured at commit b109fa5, before they moved into the lazy map chunk), so the table shows what
 * first paint no longer carries.
 */
const FIRST_HTML_BEFORE_LAZY_MAP_CSS = { gzip: 9_991, brotli: 8_306 };

/** Byte rows for the built site in `dist`. */
export function sizeRows(dist = 'dist'): BenchRow[] {
  const both = (name: string, s: Size, brotliBudget?: number) => [
    row(`${name} (gzip)`, s.gzip, 'B'),
    row(`${name} (brotli)`, s.brotli, 'B', brotliBudget),
  ];
  const html = sizeOf(dist, 'index.html');
  const js = total(
    'js',
    firstLoadJs(dist).map((f) => sizeOf(dist, f)),
  );
  // The Russian and Tajik pages: their own words, their translation only, their interface words preloaded.
  const otherPages = PAGES.filter((p) => p.lang !== 'en').flatMap(({ file }) => {
    const pageJs = total(
      'js',
      firstLoadJs(dist, file).map((f) => sizeOf(dist, f)),
    );
    return [
      row(`first HTML response of ${file} (brotli)`, sizeOf(dist, file).brotli, 'B', BUDGETS.firstHtmlBrotli),
      row(`JS at first load of ${file} (brotli)`, pageJs.brotli, 'B', BUDGETS.firstLoadJsBrotli),
    ];
  });
  const map = total(
    'map',
    mapFiles(dist).map((f) => sizeOf(dist, f)),
  );
  const photos = photoFiles(dist).map((f) => sizeOf(dist, f));
  const everything = total(
    'all',
    listFiles(dist).map((f) => sizeOf(dist, f)),
  );
  return [
    ...both('first HTML response, CSS inlined', html, BUDGETS.firstHtmlBrotli),
    row('  before the map-only CSS went lazy (gzip, recorded)', FIRST_HTML_BEFORE_LAZY_MAP_CSS.gzip, 'B'),
    row('  before the map-only CSS went lazy (brotli, recorded)', FIRST_HTML_BEFORE_LAZY_MAP_CSS.brotli, 'B'),
    ...both('JS at first load', js, BUDGETS.firstLoadJsBrotli),
    row('CSS at first load (separate files)', 0, 'B'),
    ...otherPages,
    ...both('first load in total (HTML + JS)', total('first', [html, js])),
    ...both('map code + data', map, BUDGETS.mapBrotli),
    ...photos.map((p) => row(`photo ${p.file.replace('assets/photos/', '')}`, p.raw, 'B')),
    row('all photo variants (a device fetches one per photo)', total('photos', photos).raw, 'B'),
    ...both('everything in dist/', everything),
  ];
}

/**
 * Build time only: the static map that `Save a copy` puts in the one-file edition, drawn as inline SVG from the
 * same basemap data and place records as the live map (content/map/), its names in the copy's language. It
 * reaches the page as the virtual module `virtual:copy-map` (in the lazy copy chunk, precached like the rest of
 * the app), so a copy made offline has it. No Leaflet and no tiles: a file opened with JavaScript off can draw nothing else.
 */
import type { Plugin } from 'vite';
import countryNamesData from '../../content/map/country-names.json' with { type: 'json' };
import overviewData from '../../content/map/overview.json' with { type: 'json' };
import placesData from '../../content/map/places.json' with { type: 'json' };
import { LANGUAGES, type Language } from '../i18n/languages.ts';
import { countryNameIn } from '../map/labels.ts';
import type { BasemapData, BBox, CountryNames, PlacesData, Position } from '../map/types.ts';
import { escapeHtml } from './html.ts';

/** West, south, east, north: from Belarus to the Pamirs, both places of the photos with room around them. */
const COPY_MAP_BBOX: BBox = [22, 36, 78, 58];
/** The drawing's width in SVG units; it scales to the page, and prints sharp at any size. */
export const COPY_MAP_WIDTH = 800;
/**
 * The label the copy's map shows for each place in each language: the map catalogue's sourced names
 * (src/i18n/messages/<lang>/map.ts, `place-….name`), shortened to fit the small map; a unit test keeps each
 * a part of that name. The park keeps its proper name «Великий камень» in Tajik too, as the catalogue does.
 */
export const SHORT_NAMES: Readonly<Record<Language, Readonly<Record<string, string>>>> = {
  en: {
    'place-great-stone': 'Great Stone',
    'place-shahristan-pass': 'Shahristan Pass',
    'place-anzob-pass': 'Anzob Pass',
  },
  ru: {
    'place-great-stone': 'Великий камень',
    'place-shahristan-pass': 'Перевал Шахристан',
    'place-anzob-pass': 'Перевал Анзоб',
  },
  tg: {
    'place-great-stone': 'Великий камень',
    'place-shahristan-pass': 'Ағбаи Шаҳристон',
    'place-anzob-pass': 'Ағбаи Анзоб',
  },
};
const COUNTRY_NAMES = (countryNamesData as CountryNames).names;
const COLORS = { water: '#dbe9f4', land: '#f4f1ea', border: '#9a8f80', river: '#8fb5d6', text: '#3b352c' };

type Point = [x: number, y: number];

/** Equirectangular projection scaled by the cosine of the middle latitude: true shapes at this scale. */
function projector(bbox: BBox, width: number) {
  const [west, south, east, north] = bbox;
  const kx = Math.cos((((south + north) / 2) * Math.PI) / 180);
  const scale = width / ((east - west) * kx);
  const height = Math.round((north - south) * scale);
  const project = ([lon, lat]: Position): Point => [(lon - west) * kx * scale, (north - lat) * scale];
  return { project, height };
}

/** Sutherland–Hodgman: a polygon ring clipped to the rectangle [0, w] × [0, h] (then closed by the path). */
function clipRing(ring: Point[], w: number, h: number): Point[] {
  const edges: [(p: Point) => boolean, (a: Point, b: Point) => Point][] = [
    [(p) => p[0] >= 0, (a, b) => [0, a[1] + ((b[1] - a[1]) * (0 - a[0])) / (b[0] - a[0])]],
    [(p) => p[0] <= w, (a, b) => [w, a[1] + ((b[1] - a[1]) * (w - a[0])) / (b[0] - a[0])]],
    [(p) => p[1] >= 0, (a, b) => [a[0] + ((b[0] - a[0]) * (0 - a[1])) / (b[1] - a[1]), 0]],
    [(p) => p[1] <= h, (a, b) => [a[0] + ((b[0] - a[0]) * (h - a[1])) / (b[1] - a[1]), h]],
  ];
  let out = ring;
  for (const [inside, cross] of edges) {
    const input = out;
    out = [];
    input.forEach((p, i) => {
      const prev = input[(i + input.length - 1) % input.length] as Point;
      if (inside(p)) {
        if (!inside(prev)) out.push(cross(prev, p));
        out.push(p);
      } else if (inside(prev)) out.push(cross(prev, p));
    });
    if (!out.length) break;
  }
  return out;
}

// One decimal of an 800-unit drawing is finer than any screen or printer resolves; it halves the bytes.
const n = (v: number) => String(Math.round(v * 10) / 10);
const pathOf = (points: Point[]) => `M${points.map(([x, y]) => `${n(x)} ${n(y)}`).join('L')}`;

function areaPath(rings: Position[][][], project: (p: Position) => Point, w: number, h: number): string {
  return rings
    .flat()
    .map((ring) => clipRing(ring.map(project), w, h))
    .filter((ring) => ring.length >= 3)
    .map((ring) => `${pathOf(ring)}Z`)
    .join('');
}

/** Lines keep only their runs near the drawing (the SVG's own clipping trims the rest). */
function linePath(lines: Position[][], project: (p: Position) => Point, w: number, h: number): string {
  const near = ([x, y]: Point) => x >= -40 && x <= w + 40 && y >= -40 && y <= h + 40;
  const runs: Point[][] = [];
  for (const line of lines) {
    let run: Point[] = [];
    for (const p of line.map(project)) {
      if (near(p)) run.push(p);
      else if (run.length) {
        runs.push(run);
        run = [];
      }
    }
    if (run.length > 1) runs.push(run);
  }
  return runs
    .filter((r) => r.length > 1)
    .map(pathOf)
    .join('');
}

/**
 * The copy's map in two parts: `frame`, the `<svg>` up to its names (land, lakes, rivers, borders, the M34 line;
 * the same in every language), and `names` in `lang` (both places with their markers, countries, capitals).
 * `frame + names + '</svg>'` is the whole map.
 */
export function copyMapParts(
  lang: Language = 'en',
  basemap: BasemapData = overviewData as unknown as BasemapData,
  places: PlacesData = placesData as PlacesData,
): { frame: string; names: string } {
  const w = COPY_MAP_WIDTH;
  const { project, height: h } = projector(COPY_MAP_BBOX, w);
  const inside = ([x, y]: Point) => x > 20 && x < w - 20 && y > 12 && y < h - 8;
  // Labels are placed in order of importance (the places, then countries, then capitals); one that would
  // overlap a label already placed is left out, so nothing is drawn over a place's name.
  const taken: [number, number, number, number][] = [];
  const place = (text: string, [x, y]: Point, size: number, anchor: 'start' | 'middle' | 'end') => {
    const width = text.length * size * 0.58;
    const left = anchor === 'start' ? x : anchor === 'middle' ? x - width / 2 : x - width;
    const box: [number, number, number, number] = [left - 2, y - size, left + width + 2, y + 3];
    if (taken.some((b) => box[0] < b[2] && box[2] > b[0] && box[1] < b[3] && box[3] > b[1])) return false;
    taken.push(box);
    return true;
  };
  const label = (text: string, [x, y]: Point, cls: string) =>
    `<text x="${n(x)}" y="${n(y)}" class="${cls}">${escapeHtml(text)}</text>`;
  // The two Tajik passes are 50 km apart, a few units here: their names go left, one above and one below.
  const markers = places.places
    .map((p, i) => {
      const [x, y] = project([p.lon, p.lat]);
      const name = SHORT_NAMES[lang][p.id] ?? p.name;
      const at: Point = i === 0 ? [x + 9, y + 5] : [x - 9, y + (i === 2 ? 20 : -8)];
      place(name, at, 20, i === 0 ? 'start' : 'end');
      taken.push([x - 5, y - 5, x + 5, y + 5]);
      return `<g class="place"><circle cx="${n(x)}" cy="${n(y)}" r="5"/>${label(name, at, i === 0 ? 'place-name' : 'place-name end')}</g>`;
    })
    .join('');
  // A state's name may move up or down a line where a place's name covers its point (longer names in Russian).
  const countries = basemap.countries
    .map((c) => {
      const name = countryNameIn(COUNTRY_NAMES, c.name, lang);
      const [x, y] = project([c.lon, c.lat]);
      const at = ([0, 20, -20] as const)
        .map((dy): Point => [x, y + dy])
        .find((p) => inside(p) && place(name, p, 17, 'middle'));
      return at ? label(name, at, 'country') : '';
    })
    .join('');
  const capitals = basemap.towns
    .filter((t) => t.capital)
    .map((t) => ({ t, at: project([t.lon, t.lat]) }))
    .filter(({ at }) => inside(at))
    .map(({ t, at }) => {
      const text: Point = [at[0] + 4, at[1] - 3];
      const dot = `<circle cx="${n(at[0])}" cy="${n(at[1])}" r="2"/>`;
      return place(t.name, text, 12, 'start') ? `${dot}${label(t.name, text, 'town')}` : dot;
    })
    .join('');
  const route = places.routes
    .map((r) => `<path class="route" d="${pathOf(r.points.map((p) => project([p.lon, p.lat])))}"/>`)
    .join('');
  const title = places.places.map((p) => p.name).join('; ');
  const frame = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${w} ${h}" width="${w}" height="${h}" role="img" aria-labelledby="copy-map-title" class="copy-map">
<title id="copy-map-title">Map of the places in the photos: ${escapeHtml(title)}</title>
<style>.country{font:italic 17px sans-serif;fill:${COLORS.text};opacity:.7;text-anchor:middle}.town{font:12px sans-serif;fill:${COLORS.text}}.place-name{font:bold 20px sans-serif;fill:#8b1a1a;paint-order:stroke;stroke:#fff;stroke-width:3px}.end{text-anchor:end}.place circle{fill:#c0392b;stroke:#fff;stroke-width:2}.route{fill:none;stroke:#c0392b;stroke-width:2;stroke-dasharray:4 3}</style>
<rect width="${w}" height="${h}" fill="${COLORS.water}"/>
<path d="${areaPath(basemap.land.geometry.coordinates, project, w, h)}" fill="${COLORS.land}" stroke="${COLORS.border}" stroke-width=".6"/>
<path d="${areaPath(basemap.lakes.geometry.coordinates, project, w, h)}" fill="${COLORS.water}"/>
<path d="${linePath(
    basemap.rivers.flatMap((f) => f.geometry.coordinates),
    project,
    w,
    h,
  )}" fill="none" stroke="${COLORS.river}" stroke-width=".8"/>
<path d="${linePath(
    basemap.borders.flatMap((f) => f.geometry.coordinates),
    project,
    w,
    h,
  )}" fill="none" stroke="${COLORS.border}" stroke-width="1" stroke-dasharray="3 2"/>
${route}`;
  return { frame, names: `${markers}${countries}${capitals}\n` };
}

/** The copy's map in `lang` as one `<svg>` element. */
export function renderCopyMap(lang: Language = 'en', basemap?: BasemapData, places?: PlacesData): string {
  const { frame, names } = copyMapParts(lang, basemap, places);
  return `${frame}${names}</svg>`;
}

const VIRTUAL_ID = 'virtual:copy-map';
const RESOLVED_ID = `\0${VIRTUAL_ID}`;

/** Vite plugin: `import copyMap from 'virtual:copy-map'`; `copyMap(lang)` gives the copy's map, drawn once per build. */
export function copyMapPlugin(): Plugin {
  return {
    name: 'bri:copy-map',
    resolveId: (id) => (id === VIRTUAL_ID ? RESOLVED_ID : undefined),
    load(id) {
      if (id !== RESOLVED_ID) return undefined;
      // The shapes once, the names per language (a few KB each): the copy draws the map in the page's language.
      const parts = LANGUAGES.map((l) => [l, copyMapParts(l)] as const);
      const names = Object.fromEntries(parts.map(([l, { names }]) => [l, names]));
      return `const frame = ${JSON.stringify(parts[0]?.[1].frame)};
const names = ${JSON.stringify(names)};
export default function copyMap(lang) { return frame + (names[lang] ?? names.en) + '</svg>'; }`;
    },
  };
}

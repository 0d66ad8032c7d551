/**
 * Guards the committed map data in content/map/ (written by `npm run map-data`): a broken regeneration, a
 * budget blown by a finer simplification, a lost country or a fact without a source fails here, not on a
 * reader's phone.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { clipRing, closeRing, ringArea, roundLine, simplify, splitLine } from '../../../src/build/map-data/geometry.ts';
import { DATA_BUDGET_BROTLI_BYTES, FILE_BUDGET_BYTES, REGIONS } from '../../../src/build/map-data/index.ts';
import { FOCUS_COUNTRY_NAMES } from '../../../src/map/focus-countries.ts';
import type { BasemapData, PlacesData, Position } from '../../../src/map/types.ts';

const DIR = join(process.cwd(), 'content', 'map');
const read = <T>(name: string): T => JSON.parse(readFileSync(join(DIR, name), 'utf8')) as T;
const overview = read<BasemapData>('overview.json');
const details = REGIONS.map((region) => read<BasemapData>(`${region.id}.json`));
const places = read<PlacesData>('places.json');

function allPositions(data: BasemapData): Position[] {
  return [
    ...data.land.geometry.coordinates.flat(2),
    ...data.lakes.geometry.coordinates.flat(2),
    ...data.rivers.flatMap((f) => f.geometry.coordinates.flat()),
    ...data.borders.flatMap((f) => f.geometry.coordinates.flat()),
  ];
}

describe('map data files', () => {
  const files = readdirSync(DIR).filter((name) => name.endsWith('.json'));

  it('are the country names, the overview, one detail file per region and the places', () => {
    expect(files.sort()).toEqual([
      'country-names.json',
      'detail-belarus.json',
      'detail-tajikistan.json',
      'overview.json',
      'places.json',
    ]);
  });

  it('each stay far under the 2 MiB Workbox silently refuses to precache', () => {
    for (const name of files) {
      const bytes = readFileSync(join(DIR, name)).length;
      expect(bytes, `${name} is ${bytes} bytes`).toBeLessThan(FILE_BUDGET_BYTES / 4);
    }
  });

  it('fit the data share of the 300 KB brotli map budget (Leaflet takes the rest)', () => {
    const total = files.reduce(
      (sum, name) =>
        sum +
        brotliCompressSync(readFileSync(join(DIR, name)), { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
      0,
    );
    expect(total, `map data is ${total} bytes brotli`).toBeLessThan(DATA_BUDGET_BROTLI_BYTES);
  });

  it('with Leaflet and the map code stay within 300 KB brotli (measured before bundling, an upper bound)', () => {
    const brotli = (path: string) =>
      brotliCompressSync(readFileSync(path), { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
    const code = [
      'node_modules/leaflet/dist/leaflet.js',
      'node_modules/leaflet/dist/leaflet.css',
      ...readdirSync('src/map', { recursive: true, encoding: 'utf8' })
        .filter((name) => /\.(tsx?|css)$/.test(name))
        .map((name) => join('src/map', name)),
    ];
    const total = [...code, ...files.map((name) => join(DIR, name))].reduce((sum, path) => sum + brotli(path), 0);
    expect(total, `the map costs ${total} bytes brotli`).toBeLessThan(300 * 1024);
  });
});

describe.each([overview, ...details])('basemap $id', (data) => {
  it('has land, borders, rivers and town names', () => {
    expect(data.land.geometry.coordinates.length).toBeGreaterThan(0);
    expect(data.borders.flatMap((f) => f.geometry.coordinates).length).toBeGreaterThan(0);
    expect(data.rivers.flatMap((f) => f.geometry.coordinates).length).toBeGreaterThan(0);
    expect(data.towns.length).toBeGreaterThan(20);
    for (const town of data.towns) expect(town.name.trim()).not.toBe('');
  });

  it('keeps every coordinate finite and inside its clip box', () => {
    const [west, south, east, north] = data.bbox;
    const eps = 1e-3;
    for (const [lon, lat] of allPositions(data)) {
      expect(Number.isFinite(lon) && Number.isFinite(lat)).toBe(true);
      expect(lon >= west - eps && lon <= east + eps && lat >= south - eps && lat <= north + eps).toBe(true);
    }
    for (const label of [...data.towns, ...data.countries]) {
      expect(label.lon >= west && label.lon <= east && label.lat >= south && label.lat <= north).toBe(true);
    }
  });

  it('has only closed rings of at least four points, and lines of at least two', () => {
    for (const polygon of [...data.land.geometry.coordinates, ...data.lakes.geometry.coordinates]) {
      for (const ring of polygon) {
        expect(ring.length).toBeGreaterThanOrEqual(4);
        expect(ring[0]).toEqual(ring[ring.length - 1]);
      }
    }
    for (const line of [...data.rivers, ...data.borders].flatMap((f) => f.geometry.coordinates)) {
      expect(line.length).toBeGreaterThanOrEqual(2);
    }
  });
});

describe('overview', () => {
  it('names the five Central Asian states, China, Belarus and their neighbours', () => {
    const names = overview.countries.map((c) => c.name);
    for (const name of [
      ...FOCUS_COUNTRY_NAMES,
      'Russia',
      'Afghanistan',
      'Mongolia',
      'Iran',
      'Ukraine',
      'Poland',
      'Lithuania',
      'Latvia',
    ]) {
      expect(names, name).toContain(name);
    }
  });

  it('places each focus state’s name inside that state', () => {
    const expected: Record<string, [number, number, number, number]> = {
      Kazakhstan: [46, 40, 88, 56],
      Kyrgyzstan: [69, 39, 81, 43.5],
      Tajikistan: [67, 36.5, 75.5, 41],
      Turkmenistan: [52, 35, 67, 43],
      Uzbekistan: [55.9, 37, 73.2, 45.6],
      China: [73, 18, 135, 54],
      Belarus: [23, 51, 33, 56.2],
    };
    for (const [name, [w, s, e, n]] of Object.entries(expected)) {
      const label = overview.countries.find((c) => c.name === name);
      expect(label && label.lon > w && label.lon < e && label.lat > s && label.lat < n, name).toBe(true);
    }
  });

  it('covers Belarus, Central Asia and China', () => {
    const [west, south, east, north] = overview.bbox;
    expect(west).toBeLessThanOrEqual(23);
    expect(east).toBeGreaterThanOrEqual(135);
    expect(south).toBeLessThanOrEqual(18);
    expect(north).toBeGreaterThanOrEqual(56);
  });
});

describe('regional detail', () => {
  it('covers each place with its towns', () => {
    const byId = Object.fromEntries(details.map((d) => [d.id, d]));
    expect(byId['detail-belarus']?.towns.map((t) => t.name)).toContain('Minsk');
    expect(byId['detail-tajikistan']?.towns.map((t) => t.name)).toEqual(
      expect.arrayContaining(['Dushanbe', 'Khujand', 'Istaravshan', 'Ayní']),
    );
    expect(byId['detail-belarus']?.countries.map((c) => c.name)).toContain('Belarus');
    expect(byId['detail-tajikistan']?.countries.map((c) => c.name)).toEqual(
      expect.arrayContaining(['Tajikistan', 'Uzbekistan', 'Kyrgyzstan']),
    );
    for (const place of places.places) {
      const region = details.find(
        (d) => place.lon > d.bbox[0] && place.lon < d.bbox[2] && place.lat > d.bbox[1] && place.lat < d.bbox[3],
      );
      expect(region, `${place.id} has a detail region`).toBeDefined();
    }
  });
});

describe('places', () => {
  it('are the three places the figures link to, named so readers know them', () => {
    expect(places.places.map((p) => p.id)).toEqual(['place-great-stone', 'place-shahristan-pass', 'place-anzob-pass']);
    expect(places.places[0]?.name).toContain('Great Stone');
    for (const pass of places.places.slice(1)) {
      expect(pass.name).toContain('Tajikistan');
      expect(pass.candidate, 'the author does not name the pass').toBe(true);
      expect(pass.figureId).toBe('fig-mountain-pass-tajikistan');
    }
    expect(places.places[0]?.figureId).toBe('fig-belarus-china-park');
  });

  it('give a source for every fact and every coordinate', () => {
    const sources = [
      ...places.places.flatMap((p) => [...p.facts.map((f) => f.source), ...p.coordinates.map((c) => c.source)]),
      ...places.routes.flatMap((r) => [...r.facts.map((f) => f.source), ...r.points.map((p) => p.source)]),
    ];
    expect(sources.length).toBeGreaterThan(10);
    for (const source of sources) expect(source.name.trim().length).toBeGreaterThan(3);
    for (const place of places.places) expect(place.facts.length).toBeGreaterThan(0);
  });

  it('draw Great Stone as an area covering both positions its sources give', () => {
    const park = places.places[0];
    expect(park?.coordinates.length).toBe(2);
    for (const c of park?.coordinates ?? []) {
      const dy = (c.lat - (park?.lat ?? 0)) * 111_320;
      const dx = (c.lon - (park?.lon ?? 0)) * 111_320 * Math.cos(((park?.lat ?? 0) * Math.PI) / 180);
      expect(Math.hypot(dx, dy)).toBeLessThan(park?.areaRadiusM ?? 0);
    }
  });

  it('mark the M34 line approximate, from Dushanbe to Khujand through both tunnels', () => {
    const m34 = places.routes.find((r) => r.id === 'route-m34');
    expect(m34?.approximate).toBe(true);
    expect(m34?.points.map((p) => p.name)).toEqual([
      'Dushanbe',
      'Anzob tunnel',
      'Ayní',
      'Shahriston tunnel',
      'Istaravshan',
      'Khujand',
    ]);
  });
});

describe('geometry helpers', () => {
  it('simplify keeps the ends and drops points within tolerance', () => {
    const line: Position[] = [
      [0, 0],
      [1, 0.001],
      [2, 0],
      [3, 1],
    ];
    expect(simplify(line, 0.01)).toEqual([
      [0, 0],
      [2, 0],
      [3, 1],
    ]);
  });

  it('clipRing cuts a square to the box and closeRing closes it', () => {
    const square: Position[] = [
      [-1, -1],
      [1, -1],
      [1, 1],
      [-1, 1],
    ];
    const ring = closeRing(clipRing(square, [0, 0, 2, 2]));
    expect(ring && Math.abs(ringArea(ring))).toBeCloseTo(1);
    expect(closeRing(clipRing(square, [5, 5, 6, 6]))).toBeNull();
  });

  it('splitLine separates the parts inside and outside a box, meeting at its edge', () => {
    const { inside, outside } = splitLine(
      [
        [-1, 0.5],
        [2, 0.5],
      ],
      [0, 0, 1, 1],
    );
    expect(inside).toEqual([
      [
        [0, 0.5],
        [1, 0.5],
      ],
    ]);
    expect(outside).toEqual([
      [
        [-1, 0.5],
        [0, 0.5],
      ],
      [
        [1, 0.5],
        [2, 0.5],
      ],
    ]);
  });

  it('roundLine drops the duplicates rounding makes', () => {
    expect(
      roundLine(
        [
          [0.001, 0],
          [0.002, 0],
          [0.3, 0],
        ],
        1,
      ),
    ).toEqual([
      [0, 0],
      [0.3, 0],
    ]);
  });
});

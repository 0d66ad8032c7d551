/**
 * Ships lazily with the map. The self-hosted basemap: land, lakes, rivers and borders from content/map/, drawn
 * on one canvas in a pane below the optional online tiles (so tiles cover it, and it shows through where a
 * tile fails offline). The overview and the regional detail swap by zoom.
 */
import type { GeoJsonObject } from 'geojson';
import * as L from 'leaflet';
import type { LabelSet } from './labels.ts';
import type { Palette } from './palette.ts';
import type { AreaFeature, BasemapData, LineFeature } from './types.ts';

export interface Basemap {
  labelSets: LabelSet[];
  restyle(palette: Palette): void;
  remove(): void;
}

interface Styled {
  layer: L.GeoJSON;
  style(palette: Palette): L.PathOptions;
}

/** Adds the overview and the detail regions to the map and keeps the right level shown for the zoom. */
export function addBasemap(
  map: L.Map,
  overview: BasemapData,
  details: BasemapData[],
  palette: Palette,
  focus: readonly string[],
): Basemap {
  const pane = map.createPane('basemap');
  pane.style.zIndex = '150';
  const renderer = L.canvas({ pane: 'basemap', padding: 0.3 });
  const styled: (Styled & { visibleAt(zoom: number): boolean })[] = [];

  const add = (data: AreaFeature | LineFeature, style: Styled['style'], visibleAt: (zoom: number) => boolean) => {
    // GeoJSON hands its options to each path it creates, so `renderer` reaches them though its type omits it.
    const pathOptions: L.GeoJSONOptions & L.PathOptions = { renderer, interactive: false, style: style(palette) };
    const layer = L.geoJSON(data as GeoJsonObject, pathOptions);
    styled.push({ layer, style, visibleAt });
  };

  const inRange = (level: BasemapData) => (zoom: number) => zoom >= level.minZoom && zoom < level.maxZoom;
  const always = () => true;
  const overviewOnly = (feature: LineFeature) => (feature.properties.inDetail ? inRange(overview) : always);

  const fill = (key: 'land' | 'water') => (p: Palette) => ({
    stroke: false,
    fill: true,
    fillColor: p[key],
    fillOpacity: 1,
  });
  const river = (p: Palette) => ({ color: p.river, weight: 1.2, opacity: 1, fill: false });
  const border = (p: Palette) => ({ color: p.border, weight: 1.1, opacity: 1, dashArray: '5 3', fill: false });

  // Draw order is add order: land, water, rivers, borders, overview first so detail paints over it.
  for (const level of [overview, ...details]) {
    const visibleAt = level === overview ? always : inRange(level);
    add(level.land, fill('land'), visibleAt);
    add(level.lakes, fill('water'), visibleAt);
  }
  for (const level of [overview, ...details]) {
    for (const feature of level.rivers)
      add(feature, river, level === overview ? overviewOnly(feature) : inRange(level));
  }
  for (const level of [overview, ...details]) {
    for (const feature of level.borders) {
      add(feature, border, level === overview ? overviewOnly(feature) : inRange(level));
    }
  }

  const update = () => {
    const zoom = map.getZoom();
    for (const item of styled) {
      const on = item.visibleAt(zoom);
      if (on && !map.hasLayer(item.layer)) item.layer.addTo(map);
      else if (!on && map.hasLayer(item.layer)) item.layer.remove();
    }
    // Re-adding appends to the canvas's draw list; restore land-under-lines order.
    for (const item of styled) if (map.hasLayer(item.layer)) item.layer.bringToFront();
  };
  map.on('zoomend', update);
  update();

  const towns: LabelSet[] = [
    { kind: 'town', labels: overview.towns.filter((t) => !t.inDetail), visibleAt: always },
    { kind: 'town', labels: overview.towns.filter((t) => t.inDetail), visibleAt: inRange(overview) },
    ...details.map((level): LabelSet => ({ kind: 'town', labels: level.towns, visibleAt: inRange(level) })),
  ];
  const capitals = (set: LabelSet, capital: boolean): LabelSet => ({
    ...set,
    labels: set.labels.filter((t) => Boolean(t.capital) === capital),
  });
  // Regional names before the overview's: where both are in view, the duplicate is skipped.
  const states: LabelSet[] = [
    ...details.map(
      (level): LabelSet => ({ kind: 'country', labels: level.countries, visibleAt: inRange(level), focus }),
    ),
    { kind: 'country', labels: overview.countries, visibleAt: always, focus },
  ];
  const focusStates = (set: LabelSet, isFocus: boolean): LabelSet => ({
    ...set,
    labels: set.labels.filter((c) => focus.includes(c.name) === isFocus),
  });
  // Draw order decides collisions: capitals, the article's states, other states, other towns.
  const labelSets: LabelSet[] = [
    ...towns.map((set) => capitals(set, true)),
    ...states.map((set) => focusStates(set, true)),
    ...states.map((set) => focusStates(set, false)),
    ...towns.map((set) => capitals(set, false)),
  ];

  return {
    labelSets,
    restyle(next) {
      for (const item of styled) item.layer.setStyle(item.style(next));
    },
    remove() {
      map.off('zoomend', update);
      for (const item of styled) item.layer.remove();
      pane.remove();
    },
  };
}

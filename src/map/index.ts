/**
 * Ships lazily: the page import()s this module when the map section nears the viewport or the reader asks.
 * It is the only way Leaflet, its CSS and the map data reach the browser. The data files are separate hashed
 * assets (imported with ?url), so the service worker precaches them and the map works with no connection.
 * Nothing is requested from another origin unless the reader turns the online layer on.
 */
import 'leaflet/dist/leaflet.css';
import './map-view.css';
import * as L from 'leaflet';
import detailBelarusUrl from '../../content/map/detail-belarus.json?url';
import detailTajikistanUrl from '../../content/map/detail-tajikistan.json?url';
import overviewUrl from '../../content/map/overview.json?url';
import countryNamesUrl from '../../content/map/country-names.json?url';
import placesData from '../../content/map/places.json' with { type: 'json' };
import { uiLanguage } from '../i18n/runtime.ts';
import type { Language } from '../i18n/languages.ts';
import { mapText } from '../i18n/text/map.ts';
import { addBasemap } from './basemap.ts';
import { creditHtml } from './credits.ts';
import { FOCUS_COUNTRY_NAMES } from './focus-countries.ts';
import { countryNameIn, drawLabels, type LabelText } from './labels.ts';
import { readPalette, watchTheme } from './palette.ts';
import { addPlaces } from './places-layer.ts';
import type { Photo } from './PlaceCard/index.tsx';
import type { BasemapData, CountryNames, PlacesData } from './types.ts';
import { TILE_SUBDOMAINS, tileUrlTemplate } from '../shared/tile-url.ts';

export type { Photo } from './PlaceCard/index.tsx';

export interface MapOptions {
  /** Called by a popup's `Read in article` button with the figure's id (e.g. `fig-belarus-china-park`). */
  onReadInArticle(figureId: string): void;
  /** Start with the online tile layer on (the reader's saved choice). */
  onlineLayer: boolean;
  /** The article's photos by place id, read by the page from its figures: thumbnails and captions for popups. */
  photos?: Record<string, Photo>;
  /** Called when the reader flips the `Detailed map (online)` checkbox, so the page can save the choice. */
  onOnlineLayerChange?(on: boolean): void;
}

export interface MapHandle {
  /** Frames a place (`place-great-stone`, `place-shahristan-pass`, `place-anzob-pass`) and opens its popup. */
  showPlace(placeId: string): void;
  /** Adds or removes the online tiles; also ticks or unticks the checkbox. */
  setOnlineLayer(on: boolean): void;
  /** Removes the map and every listener it added. */
  destroy(): void;
}

/** The basemap's detail ends about here; beyond it only the online tiles add anything. */
const OFFLINE_MAX_ZOOM = 10;
const ONLINE_MAX_ZOOM = 18;
/** Both places in one view: Belarus to Tajikistan, which a phone shows at zoom 3 and a desktop at 4. */
const START_BOUNDS: L.LatLngBoundsExpression = [
  [38.5, 26],
  [55, 70],
];

async function fetchJson<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`map data ${url}: HTTP ${response.status}`);
  return (await response.json()) as T;
}

/**
 * The labels' text in `lang`: countries by their CLDR name in Russian and Tajik (content/map/country-names.json,
 * fetched only for those pages), towns and the few unnamed states as the data writes them. If the names cannot
 * be read, the map still draws, in Natural Earth's English, and `named` is false.
 */
async function labelText(lang: Language): Promise<{ textOf: LabelText; named: boolean }> {
  const english: LabelText = (label) => label.name;
  if (lang === 'en') return { textOf: english, named: false };
  try {
    const { names } = await fetchJson<CountryNames>(countryNamesUrl);
    return {
      textOf: (label, kind) => (kind === 'country' ? countryNameIn(names, label.name, lang) : label.name),
      named: true,
    };
  } catch {
    return { textOf: english, named: false };
  }
}

/** Mounts the offline map into `container` (the section's `#map-canvas`) and resolves once the basemap is drawn. */
export async function mountMap(container: HTMLElement, options: MapOptions): Promise<MapHandle> {
  const lang = uiLanguage();
  const [overview, belarus, tajikistan, labels] = await Promise.all([
    fetchJson<BasemapData>(overviewUrl),
    fetchJson<BasemapData>(detailBelarusUrl),
    fetchJson<BasemapData>(detailTajikistanUrl),
    labelText(lang),
  ]);
  const [west, south, east, north] = overview.bbox;
  const map = L.map(container, {
    // Added below with names in the interface language.
    zoomControl: false,
    preferCanvas: true,
    renderer: L.canvas(),
    minZoom: 3,
    maxZoom: OFFLINE_MAX_ZOOM,
    // The view never leaves the overview's data, so no edge of the world shows as empty sea.
    maxBounds: L.latLngBounds([south, west], [north, east]),
    maxBoundsViscosity: 1,
    worldCopyJump: false,
    zoomSnap: 1,
  });
  const t = mapText.in(lang);
  // Leaflet's own controls name themselves in English: these say it in the interface language.
  L.control.zoom({ zoomInTitle: t('zoomIn'), zoomOutTitle: t('zoomOut') }).addTo(map);
  map.on('popupopen', (event) => {
    event.popup.getElement()?.querySelector('.leaflet-popup-close-button')?.setAttribute('aria-label', t('closePopup'));
  });
  map.attributionControl.setPrefix('<a href="https://leafletjs.com" rel="external noopener">Leaflet</a>');
  map.attributionControl.addAttribution(creditHtml(t('attribution')));
  if (labels.named) {
    map.attributionControl.addAttribution(creditHtml(t('countryNames')));
  }
  map.fitBounds(START_BOUNDS);

  let palette = readPalette(container);
  const basemap = addBasemap(map, overview, [belarus, tajikistan], palette, FOCUS_COUNTRY_NAMES);
  const stopLabels = drawLabels(map, basemap.labelSets, labels.textOf);
  const showPlace = (placeId: string) => {
    const place = (placesData as PlacesData).places.find((p) => p.id === placeId);
    const marker = places.markers.get(placeId);
    if (!place || !marker) return;
    // Asked from inside the map (a popup's `Show … Pass`), whose button is about to vanish with its popup.
    const fromInside = container.contains(document.activeElement);
    const zoom = Math.min(place.zoom, map.getMaxZoom());
    places.showFor(zoom);
    // No animation: a popup opened mid-zoom pans by the old view's geometry and ends up cut off.
    map.setView([place.lat, place.lon], zoom, { animate: false });
    marker.openPopup();
    if (fromInside) marker.getElement()?.focus({ preventScroll: true });
  };
  const places = addPlaces(
    map,
    lang,
    placesData as PlacesData,
    options.photos ?? {},
    palette,
    options.onReadInArticle,
    showPlace,
  );
  const stopTheme = watchTheme(() => {
    palette = readPalette(container);
    basemap.restyle(palette);
    places.restyle(palette);
  });

  let tiles: L.TileLayer | null = null;
  const section = container.closest('section');
  const checkbox = section?.querySelector<HTMLInputElement>('#map-online') ?? null;

  const setOnlineLayer = (on: boolean) => {
    if (checkbox) checkbox.checked = on;
    container.dataset.online = on ? 'on' : 'off';
    if (on && !tiles) {
      // Loads only the tiles in view, never ahead: the OpenStreetMap tile policy forbids bulk downloads.
      tiles = L.tileLayer(tileUrlTemplate(import.meta.env.VITE_TILE_URL), {
        subdomains: TILE_SUBDOMAINS,
        crossOrigin: true,
        maxZoom: ONLINE_MAX_ZOOM,
        updateWhenIdle: true,
        updateWhenZooming: false,
        keepBuffer: 0,
        attribution: creditHtml(t('osmAttribution')),
      }).addTo(map);
      map.setMaxZoom(ONLINE_MAX_ZOOM);
    } else if (!on && tiles) {
      tiles.remove();
      tiles = null;
      map.setMaxZoom(OFFLINE_MAX_ZOOM);
    }
  };
  const onCheckbox = () => {
    const on = Boolean(checkbox?.checked);
    setOnlineLayer(on);
    options.onOnlineLayerChange?.(on);
  };
  checkbox?.addEventListener('change', onCheckbox);
  // A box ticked or unticked before the map arrived is the reader's latest word: honour it and report it.
  if (checkbox && checkbox.checked !== options.onlineLayer) onCheckbox();
  else setOnlineLayer(options.onlineLayer);
  if (section) section.dataset.map = 'ready';

  return {
    showPlace,
    setOnlineLayer,
    destroy() {
      checkbox?.removeEventListener('change', onCheckbox);
      stopTheme();
      stopLabels();
      places.remove();
      basemap.remove();
      map.remove();
      // Leaflet leaves its classes behind, and `.leaflet-container` would keep styling a bare box.
      for (const name of [...container.classList]) if (name.startsWith('leaflet-')) container.classList.remove(name);
      if (section) delete section.dataset.map;
      delete container.dataset.online;
    },
  };
}

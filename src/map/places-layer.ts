/**
 * Ships lazily with the map. The places from content/map/places.json as keyboard-operable markers with popups,
 * the Great Stone's area (its sources disagree by about 4 km) and the approximate M34 line.
 */
import * as L from 'leaflet';
import { type ComponentChild, h, render } from 'preact';
import type { Palette } from './palette.ts';
import type { Language } from '../i18n/languages.ts';
import { CandidatesCard, candidatesName, type Photo, PlaceCard, placeName, RouteCard } from './PlaceCard/index.tsx';
import type { Place, PlacesData } from './types.ts';

export interface PlacesLayer {
  markers: Map<string, L.Marker>;
  /** Shows the markers right for a zoom now, before an animated zoom ends (so a popup can open at once). */
  showFor(zoom: number): void;
  restyle(palette: Palette): void;
  remove(): void;
}

/** A popup's content: `card` rendered by Preact into a box of its own, for Leaflet to place. */
function rendered(card: ComponentChild): HTMLElement {
  const box = document.createElement('div');
  render(card, box);
  return box;
}

/** Below this zoom the two candidate passes (about 55 km apart) would overlap, so one marker stands for both. */
const CANDIDATES_SPLIT_ZOOM = 7;

function pin(name: string, latLng: L.LatLngExpression, candidate: boolean, map: L.Map, content: () => ComponentChild) {
  const icon = L.divIcon({
    className: `map-pin${candidate ? ' map-pin-candidate' : ''}`,
    iconSize: [24, 24],
    // The pin is a rotated square; its tip sits 17 px below the centre.
    iconAnchor: [12, 29],
    popupAnchor: [0, -30],
    html: '',
  });
  const marker = L.marker(latLng, { icon, keyboard: true, title: name, riseOnHover: true });
  // Leaflet calls a content function on every update(), and the photo's load calls update(): building anew each
  // time would load a new image and loop. So build once per opening.
  let built: HTMLElement | null = null;
  marker.on('popupclose', () => {
    // Closed by Escape or its × while focus was inside: hand focus back to the marker, not to the page's top.
    if (built?.contains(document.activeElement) || marker.getPopup()?.getElement()?.contains(document.activeElement)) {
      marker.getElement()?.focus({ preventScroll: true });
    }
    built = null;
  });
  const build = () => {
    const root = rendered(content());
    // Leaflet answers Escape only while the map itself has focus, not a button inside its popup. Answered here,
    // the key is spent: the page's Escape (src/reader/Dialog/layers.ts) must not also close a sheet under the map.
    root.addEventListener('keydown', (event) => {
      if (event.key !== 'Escape') return;
      event.preventDefault();
      marker.closePopup();
    });
    return root;
  };
  marker.bindPopup(() => (built ??= build()), {
    maxWidth: 260,
    minWidth: 200,
    // Scrolls inside rather than growing past a phone-sized map.
    maxHeight: Math.max(140, map.getSize().y - 120),
    autoPanPadding: [8, 8],
  });
  marker.on('add', () => {
    const element = marker.getElement();
    element?.setAttribute('aria-label', name);
    // Leaflet opens popups on Enter only; a role=button must answer Space as well.
    element?.addEventListener('keydown', (event) => {
      if (event.key === ' ') {
        event.preventDefault();
        marker.openPopup();
      }
    });
  });
  return marker;
}

function candidate(place: Place): boolean {
  return place.candidate;
}

/** Adds markers, areas and routes, worded in `lang`; `photos` (keyed by place id) come from the article's figures. */
export function addPlaces(
  map: L.Map,
  lang: Language,
  data: PlacesData,
  photos: Record<string, Photo>,
  palette: Palette,
  onRead: (figureId: string) => void,
  onShow: (placeId: string) => void,
): PlacesLayer {
  const group = L.layerGroup().addTo(map);
  const markers = new Map<string, L.Marker>();
  const areas: L.Circle[] = [];
  const routes: L.Polyline[] = [];
  const photoOf = (place: Place) =>
    photos[place.id] ?? Object.values(photos).find((photo) => photo.figureId === place.figureId);

  for (const route of data.routes) {
    const line = L.polyline(
      route.points.map((p) => [p.lat, p.lon] as L.LatLngTuple),
      { color: palette.place, weight: 3, dashArray: '2 6', lineCap: 'round' },
    );
    line.bindPopup(() => rendered(h(RouteCard, { route, popup: true, lang })));
    routes.push(line.addTo(group));
  }

  for (const place of data.places) {
    if (place.areaRadiusM > 0) {
      areas.push(
        L.circle([place.lat, place.lon], {
          radius: place.areaRadiusM,
          color: palette.place,
          weight: 2,
          dashArray: '4 4',
          fillColor: palette.place,
          fillOpacity: 0.2,
          interactive: false,
        }).addTo(group),
      );
    }
    const marker: L.Marker = pin(placeName(place, lang), [place.lat, place.lon], place.candidate, map, () =>
      h(PlaceCard, {
        place,
        lang,
        popup: { photo: photoOf(place), onRead },
      }),
    );
    markers.set(place.id, marker);
  }

  const candidates = data.places.filter(candidate);
  const first = candidates[0];
  let together: L.Marker | null = null;
  if (first && candidates.length > 1) {
    const lat = candidates.reduce((sum, p) => sum + p.lat, 0) / candidates.length;
    const lon = candidates.reduce((sum, p) => sum + p.lon, 0) / candidates.length;
    together = pin(candidatesName(candidates, lang), [lat, lon], true, map, () =>
      h(CandidatesCard, {
        candidates,
        onShow,
        lang,
        actions: { photo: photoOf(first), onRead },
      }),
    );
  }

  const showFor = (zoom: number) => {
    const split = !together || zoom >= CANDIDATES_SPLIT_ZOOM;
    for (const place of data.places) {
      const marker = markers.get(place.id) as L.Marker;
      const on = !place.candidate || split;
      if (on && !group.hasLayer(marker)) group.addLayer(marker);
      else if (!on && group.hasLayer(marker)) group.removeLayer(marker);
    }
    if (together && split && group.hasLayer(together)) group.removeLayer(together);
    else if (together && !split && !group.hasLayer(together)) group.addLayer(together);
  };
  const onZoom = () => showFor(map.getZoom());
  map.on('zoomend', onZoom);
  onZoom();

  return {
    markers,
    showFor,
    restyle(next) {
      for (const area of areas) area.setStyle({ color: next.place, fillColor: next.place });
      for (const line of routes) line.setStyle({ color: next.place });
    },
    remove() {
      map.off('zoomend', onZoom);
      group.remove();
    },
  };
}

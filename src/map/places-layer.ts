/**
 * Ships lazily with the map. The places from content/map/places.json as keyboard-operable markers with popups,
 * the Great Stone's area (its sources disagree by about 4 km) and the approximate M34 line.
 */
import * as L from 'leaflet';
import type { Palette } from './palette.ts';
import type { Fact, Place, PlacesData, Route } from './types.ts';

export interface Photo {
  thumbSrc: string;
  caption: string;
  figureId: string;
}

export interface PlacesLayer {
  markers: Map<string, L.Marker>;
  restyle(palette: Palette): void;
  remove(): void;
}

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className: string | null,
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  node.append(...children);
  return node;
}

function notes(facts: Fact[]): HTMLElement {
  const list = element(
    'ul',
    'map-notes',
    ...facts.map((fact) => {
      const label = element('span', 'map-note__label', "Edition's note, source: ");
      if (fact.source.url) {
        const link = element('a', null, fact.source.name);
        link.href = fact.source.url;
        link.rel = 'external noopener';
        label.append(link, '.');
      } else label.append(`${fact.source.name}.`);
      return element('li', 'map-note', label, ` ${fact.text}`);
    }),
  );
  // Folded so the popup fits a phone-sized map; the summary still says whose notes these are.
  return element(
    'details',
    'map-popup__notes',
    element('summary', null, `Edition's notes and sources (${facts.length})`),
    list,
  );
}

function popupContent(place: Place, photo: Photo | undefined, onRead: (figureId: string) => void, onLoad: () => void) {
  const root = element('div', 'map-popup', element('h3', null, place.name), element('p', null, `${place.what}.`));
  if (place.candidate) root.append(element('p', null, 'A candidate: the author does not name the pass.'));
  if (photo) {
    const img = element('img', null);
    // The caption right below says what the photo is.
    img.alt = '';
    img.decoding = 'async';
    img.addEventListener('load', onLoad, { once: true });
    img.src = photo.thumbSrc;
    root.append(element('figure', null, img, element('figcaption', null, photo.caption)));
  } else {
    root.append(element('p', null, `The author’s photo: “${place.authorCaption}”.`));
  }
  const figureId = photo?.figureId ?? place.figureId;
  const read = element('button', null, 'Read in article');
  read.type = 'button';
  read.addEventListener('click', () => onRead(figureId));
  root.append(read, notes(place.facts));
  return root;
}

function routeContent(route: Route): HTMLElement {
  return element(
    'div',
    'map-popup',
    element('h3', null, route.name),
    element('p', null, `Through ${route.points.map((p) => p.name).join(', ')}.`),
    notes(route.facts),
  );
}

/** Adds markers, areas and routes; `photos` (keyed by place id) come from the article's figures. */
export function addPlaces(
  map: L.Map,
  data: PlacesData,
  photos: Record<string, Photo>,
  palette: Palette,
  onRead: (figureId: string) => void,
): PlacesLayer {
  const group = L.layerGroup().addTo(map);
  const markers = new Map<string, L.Marker>();
  const areas: L.Circle[] = [];
  const routes: L.Polyline[] = [];

  for (const route of data.routes) {
    const line = L.polyline(
      route.points.map((p) => [p.lat, p.lon] as L.LatLngTuple),
      { color: palette.place, weight: 3, dashArray: '2 6', lineCap: 'round' },
    );
    line.bindPopup(() => routeContent(route));
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
          fillOpacity: 0.15,
          interactive: false,
        }).addTo(group),
      );
    }
    const photo = photos[place.id] ?? Object.values(photos).find((candidate) => candidate.figureId === place.figureId);
    const icon = L.divIcon({
      className: `map-pin${place.candidate ? ' map-pin--candidate' : ''}`,
      iconSize: [24, 24],
      // The pin is a rotated square; its tip sits 17 px below the centre.
      iconAnchor: [12, 29],
      popupAnchor: [0, -30],
      html: '',
    });
    const marker = L.marker([place.lat, place.lon], { icon, keyboard: true, title: place.name, riseOnHover: true });
    // Content is built on each opening; an image that loads later resizes the popup, so re-measure then.
    marker.bindPopup(() => popupContent(place, photo, onRead, () => marker.getPopup()?.update()), {
      maxWidth: 260,
      minWidth: 200,
      // Scrolls inside rather than growing past a phone-sized map.
      maxHeight: Math.max(160, map.getSize().y - 90),
      autoPanPadding: [16, 16],
    });
    marker.on('add', () => {
      const pin = marker.getElement();
      pin?.setAttribute('aria-label', place.name);
      // Leaflet opens popups on Enter only; a role=button must answer Space as well.
      pin?.addEventListener('keydown', (event) => {
        if (event.key === ' ') {
          event.preventDefault();
          marker.openPopup();
        }
      });
    });
    markers.set(place.id, marker.addTo(group));
  }

  return {
    markers,
    restyle(next) {
      for (const area of areas) area.setStyle({ color: next.place, fillColor: next.place });
      for (const line of routes) line.setStyle({ color: next.place });
    },
    remove() {
      group.remove();
    },
  };
}

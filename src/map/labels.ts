/**
 * Ships lazily with the map (`countryNameIn` also at build time, for the copy's map). Country and town names as HTML text over the canvas basemap: canvas text would
 * need its own halo and hit-testing, and HTML text follows the theme through CSS for free. The pane is
 * aria-hidden: the names are scenery, and the places that matter are the markers and the text list.
 */
import type * as L from 'leaflet';
import type { Language } from '../i18n/languages.ts';
import type { CountryNames, Label } from './types.ts';

export interface LabelSet {
  kind: 'country' | 'town';
  labels: Label[];
  /** Whether this set shows at a zoom (a level of detail's range). */
  visibleAt(zoom: number): boolean;
  /** Names in this set drawn in bold (the states the article is about). */
  focus?: readonly string[];
}

/** An average glyph width in ems, enough to keep names from overlapping without measuring text. */
const CHAR_EM = 0.6;
const FONT_PX = 12.8;

type Box = [number, number, number, number];

/**
 * Where a name may go, best first: a town's name right or left of its dot; a state's name on its point or
 * nudged aside, since a state's name can sit anywhere inside it but must not hide a capital.
 */
function placements(kind: LabelSet['kind'], p: L.Point, width: number) {
  if (kind === 'town') {
    return [
      { box: [p.x - 4, p.y - 8, p.x + 8 + width, p.y + 8] as Box, shift: p.subtract(p), left: false },
      { box: [p.x - 8 - width, p.y - 8, p.x + 4, p.y + 8] as Box, shift: p.subtract(p), left: true },
    ];
  }
  const shifts: [number, number][] = [
    [0, 0],
    [0, 18],
    [0, -18],
    [width / 3, 0],
    [-width / 3, 0],
  ];
  return shifts.map(([dx, dy]) => ({
    box: [p.x + dx - width / 2, p.y + dy - 8, p.x + dx + width / 2, p.y + dy + 8] as Box,
    shift: p.subtract(p).add([dx, dy]),
    left: false,
  }));
}

/**
 * A country's name in `lang`: CLDR's, where content/map/country-names.json has one, else Natural Earth's
 * English. The live map's labels and the copy's static map (src/build/copy-map.ts) both name states by it.
 */
export function countryNameIn(names: CountryNames['names'], name: string, lang: Language): string {
  return (lang === 'en' ? undefined : names[name]?.[lang]) ?? name;
}

/** The text a label shows: its name in the interface language where the edition has one. */
export type LabelText = (label: Label, kind: LabelSet['kind']) => string;

/** Draws the names that fit at the current view, most important first; returns a stop function. */
export function drawLabels(map: L.Map, sets: LabelSet[], textOf: LabelText = (label) => label.name): () => void {
  const pane = map.createPane('labels');
  pane.classList.add('leaflet-labels-pane');
  pane.setAttribute('aria-hidden', 'true');
  pane.style.zIndex = '450';
  pane.style.pointerEvents = 'none';

  const redraw = () => {
    pane.replaceChildren();
    const zoom = map.getZoom();
    const size = map.getSize();
    const taken: Box[] = [];
    const shown = new Set<string>();
    const fragment = document.createDocumentFragment();
    for (const set of sets) {
      if (!set.visibleAt(zoom)) continue;
      for (const label of set.labels) {
        if (label.minZoom > zoom) continue;
        const point = map.latLngToContainerPoint([label.lat, label.lon]);
        if (point.x < -50 || point.y < -20 || point.x > size.x + 50 || point.y > size.y + 20) continue;
        const key = `${set.kind}:${label.name}`;
        if (shown.has(key)) continue;
        const shownText = textOf(label, set.kind);
        const width = shownText.length * CHAR_EM * FONT_PX * (set.kind === 'country' ? 1.3 : 1);
        const placement = placements(set.kind, point, width).find(
          ({ box }) => !taken.some((t) => box[0] < t[2] && box[2] > t[0] && box[1] < t[3] && box[3] > t[1]),
        );
        if (!placement) continue;
        shown.add(key);
        taken.push(placement.box);
        const element = document.createElement('div');
        element.className = `map-label map-label-${set.kind}`;
        if (label.capital) element.classList.add('map-label-capital');
        if (set.focus?.includes(label.name)) element.classList.add('map-label-focus');
        if (placement.left) element.classList.add('map-label-left');
        const text = document.createElement('span');
        text.textContent = shownText;
        element.appendChild(text);
        // Layer points, so the labels move with the map while it is dragged.
        const layerPoint = map.containerPointToLayerPoint(point.add(placement.shift));
        element.style.transform = `translate(${Math.round(layerPoint.x)}px, ${Math.round(layerPoint.y)}px)`;
        fragment.appendChild(element);
      }
    }
    pane.appendChild(fragment);
  };
  // During a zoom animation the labels would sit still while the map scales under them.
  const hide = () => pane.replaceChildren();
  map.on('zoomstart', hide);
  map.on('zoomend moveend resize', redraw);
  redraw();
  return () => {
    map.off('zoomstart', hide);
    map.off('zoomend moveend resize', redraw);
    pane.remove();
  };
}

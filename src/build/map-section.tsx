/** @jsxRuntime automatic @jsxImportSource preact */
// The pragma: tools that load vite.config.ts (Vite's own config bundler, knip) default to React's JSX runtime.
/**
 * Build time only: the map section's static HTML, prerendered after the article. Its place list is the map
 * for readers without JavaScript; each place is the same PlaceCard component the map's popups render, so the
 * list and the popups cannot word a place differently.
 */
import { renderToString } from 'preact-render-to-string';
import placesData from '../../content/map/places.json' with { type: 'json' };
import { PlaceCard, RouteCard } from '../map/PlaceCard/index.tsx';
import type { PlacesData } from '../map/types.ts';

const data = placesData as PlacesData;

/** The label of the online-layer checkbox, as the reader's interface contract names it. */
const ONLINE_LABEL = 'Detailed map (online)';

/** The map section: heading, map container, controls and the places as a text list that works without script. */
export function renderMapSection(): string {
  const places = data.places.map((place) => renderToString(<PlaceCard place={place} />)).join('\n');
  const routes = data.routes.map((route) => renderToString(<RouteCard route={route} />)).join('\n');
  // autocomplete=off: a form state the browser restores must never disagree with the saved setting.
  return `<section id="map" class="map-section" aria-labelledby="map-heading">
<h2 id="map-heading">Map of the places in the photos</h2>
<p class="map-intro">The author names two places, in her photo captions only. The map, its markers and every note below are the edition’s, each with its source. The map is stored on this device and works without a connection.</p>
<noscript><style>.map-section .map-controls,.map-section .map-canvas{display:none}</style></noscript>
<div class="map-controls">
<button type="button" class="map-show" id="map-show">Show map</button>
<label class="map-online"><input type="checkbox" id="map-online" name="map-online" autocomplete="off"> ${ONLINE_LABEL}</label>
</div>
<div class="map-canvas" id="map-canvas"></div>
<p class="map-online-note">The detailed map loads OpenStreetMap tiles from the internet, only for the area you look at; it is off until you turn it on.</p>
<ul class="map-places">
${places}
${routes}
</ul>
<p class="map-credits">Basemap from <a href="https://www.naturalearthdata.com/" rel="external noopener">Natural Earth</a> (public domain); towns © <a href="https://www.geonames.org/" rel="external noopener">GeoNames</a>, CC BY 4.0.</p>
</section>`;
}

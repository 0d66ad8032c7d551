/**
 * Build-time only: the map section's static HTML, prerendered after the article. No Leaflet and no DOM here;
 * the place list it writes is the map for readers without JavaScript, and the text the map's markers repeat.
 */
import placesData from '../../content/map/places.json' with { type: 'json' };
import type { Coordinate, Fact, PlacesData, Source } from './types.ts';
import { escapeHtml } from '../shared/html.ts';

const data = placesData as PlacesData;

/** The label of the online-layer checkbox (CONTRACT.md names it). */
export const ONLINE_LABEL = 'Detailed map (online)';

function formatLatLon(lat: number, lon: number): string {
  return `${Math.abs(lat).toFixed(4)}° ${lat >= 0 ? 'N' : 'S'}, ${Math.abs(lon).toFixed(4)}° ${lon >= 0 ? 'E' : 'W'}`;
}

function sourceHtml(source: Source): string {
  const name = escapeHtml(source.name);
  // rel=external: following it is the reader's choice; nothing is fetched from there by the page.
  return source.url ? `<a href="${escapeHtml(source.url)}" rel="external noopener">${name}</a>` : name;
}

/** One edition's note, worded so no reader takes it for the author's. */
export function noteHtml(fact: Fact): string {
  return `<li class="map-note"><span class="map-note__label">Edition's note, source: ${sourceHtml(fact.source)}.</span> ${escapeHtml(fact.text)}</li>`;
}

function coordinatesHtml(coordinates: Coordinate[]): string {
  return coordinates.map((c) => `${formatLatLon(c.lat, c.lon)} (${sourceHtml(c.source)})`).join('; ');
}

/** The map section: heading, map container, controls and the places as a text list that works without script. */
export function renderMapSection(): string {
  const places = data.places
    .map(
      (place) => `<li class="map-place" id="${place.id}">
<h3 class="map-place__name">${escapeHtml(place.name)}</h3>
<p class="map-place__what">${escapeHtml(place.what)}.${place.candidate ? ' A candidate: the author does not name the pass.' : ''}</p>
<p class="map-place__coords">Map position ${formatLatLon(place.lat, place.lon)}${place.areaRadiusM ? `, an area about ${Math.round((place.areaRadiusM * 2) / 100) / 10} km across` : ''}. Sources: ${coordinatesHtml(place.coordinates)}.</p>
<ul class="map-notes">${place.facts.map(noteHtml).join('')}</ul>
<p class="map-place__photo">The author’s photo: “${escapeHtml(place.authorCaption)}”. <a href="#${place.figureId}" class="map-read">Read in article</a></p>
</li>`,
    )
    .join('\n');
  const routes = data.routes
    .map(
      (route) => `<li class="map-place" id="${route.id}">
<h3 class="map-place__name">${escapeHtml(route.name)}</h3>
<p class="map-place__coords">Through ${route.points.map((p) => `${escapeHtml(p.name)} (${formatLatLon(p.lat, p.lon)}, ${sourceHtml(p.source)})`).join(', ')}.</p>
<ul class="map-notes">${route.facts.map(noteHtml).join('')}</ul>
</li>`,
    )
    .join('\n');
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

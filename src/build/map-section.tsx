/** @jsxRuntime automatic @jsxImportSource preact */
// The pragma: tools that load vite.config.ts (Vite's own config bundler, knip) default to React's JSX runtime.
/**
 * Build time only: the map section's static HTML, prerendered after the article. Its place list is the map
 * for readers without JavaScript; each place is the same PlaceCard component the map's popups render, so the
 * list and the popups cannot word a place differently.
 */
import { renderToString } from 'preact-render-to-string';
import placesData from '../../content/map/places.json' with { type: 'json' };
import type { Language } from '../i18n/languages.ts';
import { mapText } from '../i18n/text/map.ts';
import { PlaceCard, RouteCard } from '../map/PlaceCard/index.tsx';
import type { PlacesData } from '../map/types.ts';
import { creditHtml } from '../map/credits.ts';
import { escapeHtml } from './html.ts';

const data = placesData as PlacesData;

/**
 * The map section in `lang` (the language of the page being built): heading, map container, controls and the
 * places as a text list that works without script.
 */
export function renderMapSection(lang: Language = 'en'): string {
  const t = mapText.in(lang);
  const places = data.places.map((place) => renderToString(<PlaceCard place={place} lang={lang} />)).join('\n');
  const routes = data.routes.map((route) => renderToString(<RouteCard route={route} lang={lang} />)).join('\n');
  // The live map names the countries in Russian and Tajik from CLDR (src/map/index.ts), so those pages say so.
  const credits = creditHtml(t('credits')) + (lang === 'en' ? '' : ` ${creditHtml(t('countryNames'))}.`);
  // autocomplete=off: a form state the browser restores must never disagree with the saved setting.
  return `<section id="map" class="map-section" aria-labelledby="map-heading">
<h2 id="map-heading">${escapeHtml(t('heading'))}</h2>
<p class="map-intro">${escapeHtml(t('intro'))}</p>
<noscript><style>.map-section .map-controls,.map-section .map-canvas{display:none}</style></noscript>
<div class="map-controls">
<button type="button" class="map-show" id="map-show">${escapeHtml(t('showMap'))}</button>
<label class="map-online"><input type="checkbox" id="map-online" name="map-online" autocomplete="off"> ${escapeHtml(t('onlineLayer'))}</label>
</div>
<div class="map-canvas" id="map-canvas"></div>
<p class="map-online-note">${escapeHtml(t('onlineNote'))}</p>
<ul class="map-places">
${places}
${routes}
</ul>
<p class="map-credits">${credits}</p>
</section>`;
}

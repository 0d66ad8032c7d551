/**
 * The map (lazy chunk and the prerendered map section): notes, attributions, controls, place cards.
 * English: the reference (ru/tg must match keys and placeholders). `{naturalEarth}`, `{geoNames}` and
 * `{openStreetMap}` become links; `{source}`, `{coordinates}` and `{places}` in a card become its source links.
 */
export const map = {
  /** The prerendered section (src/build/map-section.tsx): its heading names the region (../shared/CONTRACT.md). */
  heading: 'Map of the places in the photos',
  intro:
    'The author names two places, in her photo captions only. The map, its markers and every note below are the edition’s, each with its source. The map is stored on this device and works without a connection.',
  showMap: 'Show map',
  /** The online layer's checkbox (../shared/CONTRACT.md). */
  onlineLayer: 'Detailed map (online)',
  onlineNote:
    'The detailed map loads OpenStreetMap tiles from the internet, only for the area you look at; it is off until you turn it on.',
  credits: 'Basemap from {naturalEarth} (public domain); towns © {geoNames}, CC BY 4.0.',

  /** The live map (src/map/index.ts): Leaflet's attribution line and the accessible names of its controls. */
  attribution: 'Basemap {naturalEarth} | Towns © {geoNames}, CC BY 4.0',
  /** Russian and Tajik pages only, where the country names are CLDR's (content/map/country-names.json). */
  countryNames: 'Country names from {cldr}',
  osmAttribution: '© {openStreetMap} contributors',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  closePopup: 'Close popup',

  /** Place cards (src/map/PlaceCard/), in the section's list and in the markers' popups. */
  candidate: 'A candidate: the author does not name the pass.',
  noteLabel: "Edition's note, source: {source}.",
  notesSummary: "Edition's notes and sources ({count})",
  authorsPhoto: 'The author’s photo: “{caption}”.',
  readInArticle: 'Read in article',
  position: 'Map position {position}.',
  positionArea: 'Map position {position}, an area about {km} km across.',
  sources: 'Sources: {coordinates}.',
  /** A latitude and longitude; `{degrees}` is already written with four decimals. */
  north: '{degrees}° N',
  south: '{degrees}° S',
  east: '{degrees}° E',
  west: '{degrees}° W',
  latLon: '{lat}, {lon}',
  through: 'Through {places}.',
  /** The one marker that stands for both candidate passes when zoomed out; `{caption}` is the author's caption. */
  candidates: {
    one: '{caption}: {count} candidate pass',
    other: '{caption}: {count} candidate passes',
  },
  candidatesIntro: 'The author does not name the pass. The edition marks the passes of the M34 road it may be:',
  /** A button in that marker's popup; `{name}` is the pass's short name (`….short` below). */
  show: 'Show {name}',

  /**
   * The places (content/map/places.json, written by src/build/map-data/places.ts): keyed by place id and field,
   * English word for word as the data (tests/unit/map checks), so a changed fact fails until it is translated.
   * `caption` is the author's caption (in ru/tg the edition's translation of it), `short` a pass's name in a
   * button. The sources' names stay as cited, like a reference list, except one that is a sentence
   * (`….fact1.source`).
   */
  'place-great-stone.name': 'Great Stone: China–Belarus Industrial Park',
  'place-great-stone.caption': 'Belarus-China Park',
  'place-great-stone.what': 'Industrial park east of Minsk, Belarus',
  'place-great-stone.fact1': 'About 25 km east of Minsk, beside Minsk National Airport.',
  'place-great-stone.fact2':
    'Sources place it about 4 km apart (53.8643, 27.9755 and 53.9028, 27.9778), so the map shows an area covering both, not a point.',
  'place-shahristan-pass.name': 'Shahristan Pass, Tajikistan (candidate)',
  'place-shahristan-pass.short': 'Shahristan Pass',
  'place-shahristan-pass.caption': 'Mountain Pass, Tajikistan',
  'place-shahristan-pass.what': 'Mountain pass on the M34 road, Tajikistan',
  'place-shahristan-pass.fact1':
    'The author does not name the pass in her photo: this is one of the two passes of the M34 road it may show.',
  'place-shahristan-pass.fact1.source': 'The author’s caption “Mountain Pass, Tajikistan”, which names no pass',
  'place-shahristan-pass.fact2':
    'Marker at about 39.54, 68.57, an estimate between the Shahriston tunnel portals (39.5225, 68.5565 and 39.5601, 68.5807).',
  'place-shahristan-pass.fact3':
    'The pass is 3,378 m high. The M34 crosses it through the Shahriston tunnel (5,252 m), opened on 27 October 2012 and built by China Road and Bridge Corporation.',
  'place-anzob-pass.name': 'Anzob Pass, Tajikistan (candidate)',
  'place-anzob-pass.short': 'Anzob Pass',
  'place-anzob-pass.caption': 'Mountain Pass, Tajikistan',
  'place-anzob-pass.what': 'Mountain pass on the M34 road, Tajikistan',
  'place-anzob-pass.fact1':
    'The author does not name the pass in her photo: this is one of the two passes of the M34 road it may show.',
  'place-anzob-pass.fact1.source': 'The author’s caption “Mountain Pass, Tajikistan”, which names no pass',
  'place-anzob-pass.fact2': 'Marker at about 39.08, 68.83 (an estimate); the Anzob tunnel is at 39.0864, 68.6932.',
  'place-anzob-pass.fact3':
    'The pass is 3,372 m high. The M34 passes under it through the Anzob tunnel, built by an Iranian company, not a Chinese one.',
  'route-m34.name': 'M34 road (approximate line)',
  'route-m34.fact1':
    'Drawn approximately, as straight lines between the towns and tunnels the road links (Dushanbe, Anzob tunnel, Ayni, Shahriston tunnel, Istaravshan, Khujand); the road itself continues to Chanak.',
  'route-m34.fact2':
    'A $295.9M project, $281.1M of it a Chinese government loan (20 years, 2%), agreed in 2006, before the Belt and Road was announced in 2013.',
  'route-m34.point1': 'Dushanbe',
  'route-m34.point2': 'Anzob tunnel',
  'route-m34.point3': 'Ayní',
  'route-m34.point4': 'Shahriston tunnel',
  'route-m34.point5': 'Istaravshan',
  'route-m34.point6': 'Khujand',
} as const;

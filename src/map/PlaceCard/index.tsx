/** @jsxRuntime automatic @jsxImportSource preact */
// The pragma: tools that load vite.config.ts (Vite's own config bundler, knip) default to React's JSX runtime.
/**
 * A place's card, the one place its texts are written. Shared deliberately: the build renders it to a string
 * for the map section's place list (preact-render-to-string, src/build/map-section.tsx: the map for readers
 * without JavaScript), and the lazy map renders it into each marker's popup (preact's render). The two differ
 * where their jobs do: the list links to the figure and shows every coordinate's source; the popup shows the
 * photo's thumbnail, has a button back to it, and folds the notes so it fits a phone-sized map.
 */
import { type ComponentChild, Fragment } from 'preact';
import { map as english } from '../../i18n/messages/en/map.ts';
import { formatNumber } from '../../i18n/intl.ts';
import type { Language } from '../../i18n/languages.ts';
import { mapText } from '../../i18n/text/map.ts';
import type { Coordinate, Fact, Place, Route, Source } from '../types.ts';

type MapKey = keyof typeof english;
/** The cards' words in one language. */
type Words = ReturnType<typeof mapText.in>;

/**
 * A text of the map data (content/map/places.json) in `lang`: the catalogue's entry for `id` and `field`
 * (`place-great-stone.fact1`), whose English is the data's word for word (tests/unit/map checks). Data the
 * catalogue does not know yet shows as written, in English, rather than breaking the map.
 */
function dataText(lang: Language, id: string, field: string, asWritten: string): string {
  const key = `${id}.${field}`;
  return Object.hasOwn(english, key) ? mapText.in(lang)(key as MapKey) : asWritten;
}

/** A message with its `{name}` placeholder replaced by a node (a link): one whole sentence per language. */
function withNode(message: string, name: string, node: ComponentChild) {
  const [before, after = ''] = message.split(`{${name}}`);
  return (
    <>
      {before}
      {node}
      {after}
    </>
  );
}

/** The article's photo of a place, as the page's figure shows it. */
export interface Photo {
  thumbSrc: string;
  caption: string;
  figureId: string;
}

/** What a popup adds to a card: the photo and the actions, which only the live map has. */
export interface PopupActions {
  photo: Photo | undefined;
  /** `Read in article`: brings the reader to the figure. */
  onRead(figureId: string): void;
}

/** A place's name in `lang`: its card's heading and its marker's accessible name. */
export function placeName(place: Place, lang: Language): string {
  return dataText(lang, place.id, 'name', place.name);
}

/** The marker's name for the candidate passes while one marker stands for them all. */
export function candidatesName(candidates: Place[], lang: Language): string {
  const first = candidates[0];
  const caption = first ? dataText(lang, first.id, 'caption', first.authorCaption) : '';
  return mapText.in(lang)('candidates', { caption, count: candidates.length });
}

/** A position as the language writes it: "53.8836° N, 27.9767° E", "53,8836° с. ш., 27,9767° в. д.". */
function latLon(t: Words, lang: Language, lat: number, lon: number): string {
  const degrees = (n: number) =>
    formatNumber(Math.abs(n), { minimumFractionDigits: 4, maximumFractionDigits: 4, useGrouping: false }, lang);
  return t('latLon', {
    lat: t(lat >= 0 ? 'north' : 'south', { degrees: degrees(lat) }),
    lon: t(lon >= 0 ? 'east' : 'west', { degrees: degrees(lon) }),
  });
}

function SourceName({ source }: { source: Source }) {
  // rel=external: following it is the reader's choice; nothing is fetched from there by the page.
  return source.url ? (
    <a href={source.url} rel="external noopener">
      {source.name}
    </a>
  ) : (
    source.name
  );
}

/** What every card part needs: the place or route whose texts it shows, and the language. */
interface Context {
  id: string;
  lang: Language;
}

/** The edition's notes, each worded so no reader takes it for the author's. */
function Notes({ facts, id, lang }: { facts: Fact[] } & Context) {
  const t = mapText.in(lang);
  return (
    <ul class="map-notes">
      {facts.map((fact, i) => (
        <li class="map-note" key={fact.text}>
          <span class="map-note-label">
            {withNode(
              t('noteLabel'),
              'source',
              <SourceName
                source={{ ...fact.source, name: dataText(lang, id, `fact${i + 1}.source`, fact.source.name) }}
              />,
            )}
          </span>{' '}
          {dataText(lang, id, `fact${i + 1}`, fact.text)}
        </li>
      ))}
    </ul>
  );
}

/** Folded so a popup fits a phone-sized map; the summary still says whose notes these are. */
function FoldedNotes({ facts, id, lang }: { facts: Fact[] } & Context) {
  return (
    <details class="map-popup-notes">
      <summary>{mapText.in(lang)('notesSummary', { count: facts.length })}</summary>
      <Notes facts={facts} id={id} lang={lang} />
    </details>
  );
}

function Coordinates({ coordinates, lang }: { coordinates: Coordinate[]; lang: Language }) {
  const t = mapText.in(lang);
  return coordinates.map((c, i) => (
    <Fragment key={`${c.lat},${c.lon}`}>
      {i > 0 && '; '}
      {latLon(t, lang, c.lat, c.lon)} (<SourceName source={c.source} />)
    </Fragment>
  ));
}

/** The author's photo (thumbnail and caption, or just her caption) and the button back to it. */
function PhotoAndRead({ place, actions, lang }: { place: Place; actions: PopupActions; lang: Language }) {
  const t = mapText.in(lang);
  const { photo } = actions;
  return (
    <>
      {photo ? (
        <figure>
          {/* The caption right below says what the photo is. Its box is fixed (map-view.css, loaded with the
              map), so the popup keeps its size when the thumbnail arrives: nothing is measured again. */}
          <img alt="" decoding="async" src={photo.thumbSrc} />
          <figcaption>{photo.caption}</figcaption>
        </figure>
      ) : (
        <p>{t('authorsPhoto', { caption: dataText(lang, place.id, 'caption', place.authorCaption) })}</p>
      )}
      <button type="button" onClick={() => actions.onRead(photo?.figureId ?? place.figureId)}>
        {t('readInArticle')}
      </button>
    </>
  );
}

/**
 * One place: in the page's list (no `popup`), or in its marker's popup. `lang` is the language to word it in:
 * the page's at build time (src/build/map-section.tsx), the interface language in the live map.
 */
export function PlaceCard({ place, popup, lang }: { place: Place; popup?: PopupActions; lang: Language }) {
  const t = mapText.in(lang);
  const name = placeName(place, lang);
  const what = dataText(lang, place.id, 'what', place.what);
  if (popup) {
    return (
      <div class="map-popup">
        <h3>{name}</h3>
        <p>{what}.</p>
        {place.candidate && <p>{t('candidate')}</p>}
        <PhotoAndRead place={place} actions={popup} lang={lang} />
        <FoldedNotes facts={place.facts} id={place.id} lang={lang} />
      </div>
    );
  }
  const position = latLon(t, lang, place.lat, place.lon);
  const km = Math.round((place.areaRadiusM * 2) / 100) / 10;
  return (
    <li class="map-place" id={place.id}>
      <h3 class="map-place-name">{name}</h3>
      <p class="map-place-what">
        {what}.{place.candidate && ` ${t('candidate')}`}
      </p>
      <p class="map-place-coords">
        {place.areaRadiusM ? t('positionArea', { position, km }) : t('position', { position })}{' '}
        {withNode(t('sources'), 'coordinates', <Coordinates coordinates={place.coordinates} lang={lang} />)}
      </p>
      <Notes facts={place.facts} id={place.id} lang={lang} />
      <p class="map-place-photo">
        {t('authorsPhoto', { caption: dataText(lang, place.id, 'caption', place.authorCaption) })}{' '}
        <a href={`#${place.figureId}`} class="map-read">
          {t('readInArticle')}
        </a>
      </p>
    </li>
  );
}

/** The approximate M34 line: in the page's list (every town with its position and source), or in its popup. */
export function RouteCard({ route, popup = false, lang }: { route: Route; popup?: boolean; lang: Language }) {
  const t = mapText.in(lang);
  const name = dataText(lang, route.id, 'name', route.name);
  const point = (p: Route['points'][number], i: number) => dataText(lang, route.id, `point${i + 1}`, p.name);
  if (popup) {
    return (
      <div class="map-popup">
        <h3>{name}</h3>
        <p>{t('through', { places: route.points.map(point).join(', ') })}</p>
        <FoldedNotes facts={route.facts} id={route.id} lang={lang} />
      </div>
    );
  }
  const points = route.points.map((p, i) => (
    <Fragment key={p.name}>
      {i > 0 && ', '}
      {point(p, i)} ({latLon(t, lang, p.lat, p.lon)}, <SourceName source={p.source} />)
    </Fragment>
  ));
  return (
    <li class="map-place" id={route.id}>
      <h3 class="map-place-name">{name}</h3>
      <p class="map-place-coords">{withNode(t('through'), 'places', points)}</p>
      <Notes facts={route.facts} id={route.id} lang={lang} />
    </li>
  );
}

/** The popup of the one marker that stands for the candidate passes while they would overlap: leads to each. */
export function CandidatesCard({
  candidates,
  actions,
  onShow,
  lang,
}: {
  candidates: Place[];
  actions: PopupActions;
  onShow(placeId: string): void;
  lang: Language;
}) {
  const t = mapText.in(lang);
  const first = candidates[0];
  if (!first) return null;
  return (
    <div class="map-popup">
      <h3>{candidatesName(candidates, lang)}</h3>
      <p>{t('candidatesIntro')}</p>
      {candidates.map((candidate) => (
        <Fragment key={candidate.id}>
          <button type="button" onClick={() => onShow(candidate.id)}>
            {t('show', { name: dataText(lang, candidate.id, 'short', candidate.name.split(',')[0] ?? candidate.name) })}
          </button>{' '}
        </Fragment>
      ))}
      <PhotoAndRead place={first} actions={actions} lang={lang} />
    </div>
  );
}

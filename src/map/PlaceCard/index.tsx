/** @jsxRuntime automatic @jsxImportSource preact */
// The pragma: tools that load vite.config.ts (Vite's own config bundler, knip) default to React's JSX runtime.
/**
 * A place's card, the one place its texts are written. Shared deliberately: the build renders it to a string
 * for the map section's place list (preact-render-to-string, src/build/map-section.tsx: the map for readers
 * without JavaScript), and the lazy map renders it into each marker's popup (preact's render). The two differ
 * where their jobs do: the list links to the figure and shows every coordinate's source; the popup shows the
 * photo's thumbnail, has a button back to it, and folds the notes so it fits a phone-sized map.
 */
import { Fragment } from 'preact';
import type { Coordinate, Fact, Place, Route, Source } from '../types.ts';

/** Every reader-visible string of the cards, in one place for a future message catalogue. */
const TEXT = {
  candidate: 'A candidate: the author does not name the pass.',
  noteLabel: "Edition's note, source: ",
  notesSummary: (count: number) => `Edition's notes and sources (${count})`,
  authorsPhoto: (caption: string) => `The author’s photo: “${caption}”.`,
  readInArticle: 'Read in article',
  mapPosition: 'Map position',
  areaAcross: (km: number) => `, an area about ${km} km across`,
  sources: 'Sources:',
  through: 'Through',
  candidates: (caption: string, count: number) => `${caption}: ${count} candidate passes`,
  candidatesIntro: 'The author does not name the pass. The edition marks the passes of the M34 road it may be:',
  show: (name: string) => `Show ${name}`,
};

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
  /** The thumbnail arrived: the popup was measured without it and must be measured again. */
  onLoad(): void;
}

/** The marker's name for the candidate passes while one marker stands for them all. */
export function candidatesName(candidates: Place[]): string {
  return TEXT.candidates(candidates[0]?.authorCaption ?? '', candidates.length);
}

function latLon(lat: number, lon: number): string {
  return `${Math.abs(lat).toFixed(4)}° ${lat >= 0 ? 'N' : 'S'}, ${Math.abs(lon).toFixed(4)}° ${lon >= 0 ? 'E' : 'W'}`;
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

/** The edition's notes, each worded so no reader takes it for the author's. */
function Notes({ facts }: { facts: Fact[] }) {
  return (
    <ul class="map-notes">
      {facts.map((fact) => (
        <li class="map-note" key={fact.text}>
          <span class="map-note__label">
            {TEXT.noteLabel}
            <SourceName source={fact.source} />.
          </span>{' '}
          {fact.text}
        </li>
      ))}
    </ul>
  );
}

/** Folded so a popup fits a phone-sized map; the summary still says whose notes these are. */
function FoldedNotes({ facts }: { facts: Fact[] }) {
  return (
    <details class="map-popup__notes">
      <summary>{TEXT.notesSummary(facts.length)}</summary>
      <Notes facts={facts} />
    </details>
  );
}

function Coordinates({ coordinates }: { coordinates: Coordinate[] }) {
  return coordinates.map((c, i) => (
    <Fragment key={`${c.lat},${c.lon}`}>
      {i > 0 && '; '}
      {latLon(c.lat, c.lon)} (<SourceName source={c.source} />)
    </Fragment>
  ));
}

/** The author's photo (thumbnail and caption, or just her caption) and the button back to it. */
function PhotoAndRead({ place, actions }: { place: Place; actions: PopupActions }) {
  const { photo } = actions;
  return (
    <>
      {photo ? (
        <figure>
          {/* The caption right below says what the photo is. */}
          <img alt="" decoding="async" onLoad={actions.onLoad} src={photo.thumbSrc} />
          <figcaption>{photo.caption}</figcaption>
        </figure>
      ) : (
        <p>{TEXT.authorsPhoto(place.authorCaption)}</p>
      )}
      <button type="button" onClick={() => actions.onRead(photo?.figureId ?? place.figureId)}>
        {TEXT.readInArticle}
      </button>
    </>
  );
}

/** One place: in the page's list (no `popup`), or in its marker's popup. */
export function PlaceCard({ place, popup }: { place: Place; popup?: PopupActions }) {
  if (popup) {
    return (
      <div class="map-popup">
        <h3>{place.name}</h3>
        <p>{place.what}.</p>
        {place.candidate && <p>{TEXT.candidate}</p>}
        <PhotoAndRead place={place} actions={popup} />
        <FoldedNotes facts={place.facts} />
      </div>
    );
  }
  const across = place.areaRadiusM ? TEXT.areaAcross(Math.round((place.areaRadiusM * 2) / 100) / 10) : '';
  return (
    <li class="map-place" id={place.id}>
      <h3 class="map-place__name">{place.name}</h3>
      <p class="map-place__what">
        {place.what}.{place.candidate && ` ${TEXT.candidate}`}
      </p>
      <p class="map-place__coords">
        {TEXT.mapPosition} {latLon(place.lat, place.lon)}
        {across}. {TEXT.sources} <Coordinates coordinates={place.coordinates} />.
      </p>
      <Notes facts={place.facts} />
      <p class="map-place__photo">
        {TEXT.authorsPhoto(place.authorCaption)}{' '}
        <a href={`#${place.figureId}`} class="map-read">
          {TEXT.readInArticle}
        </a>
      </p>
    </li>
  );
}

/** The approximate M34 line: in the page's list (every town with its position and source), or in its popup. */
export function RouteCard({ route, popup = false }: { route: Route; popup?: boolean }) {
  if (popup) {
    return (
      <div class="map-popup">
        <h3>{route.name}</h3>
        <p>
          {TEXT.through} {route.points.map((p) => p.name).join(', ')}.
        </p>
        <FoldedNotes facts={route.facts} />
      </div>
    );
  }
  return (
    <li class="map-place" id={route.id}>
      <h3 class="map-place__name">{route.name}</h3>
      <p class="map-place__coords">
        {TEXT.through}{' '}
        {route.points.map((p, i) => (
          <Fragment key={p.name}>
            {i > 0 && ', '}
            {p.name} ({latLon(p.lat, p.lon)}, <SourceName source={p.source} />)
          </Fragment>
        ))}
        .
      </p>
      <Notes facts={route.facts} />
    </li>
  );
}

/** The popup of the one marker that stands for the candidate passes while they would overlap: leads to each. */
export function CandidatesCard({
  candidates,
  actions,
  onShow,
}: {
  candidates: Place[];
  actions: PopupActions;
  onShow(placeId: string): void;
}) {
  const first = candidates[0];
  if (!first) return null;
  return (
    <div class="map-popup">
      <h3>{candidatesName(candidates)}</h3>
      <p>{TEXT.candidatesIntro}</p>
      {candidates.map((candidate) => (
        <Fragment key={candidate.id}>
          <button type="button" onClick={() => onShow(candidate.id)}>
            {TEXT.show(candidate.name.split(',')[0] ?? candidate.name)}
          </button>{' '}
        </Fragment>
      ))}
      <PhotoAndRead place={first} actions={actions} />
    </div>
  );
}

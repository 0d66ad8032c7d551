// First bundle (small): decides when the map loads. Leaflet, its CSS and the map data come in one lazy chunk,
// fetched when the map nears the viewport or the reader asks for it: never on the first paint's critical path.
import { readerText as t } from '../../i18n/text/reader.ts';
import type { MapHandle, Photo } from '../../map/index.ts';
import { getState } from '../store.ts';
import { changeSettings } from './settings.ts';

let mounting: Promise<MapHandle | null> | undefined;

function photosByPlace(): Record<string, Photo> {
  const photos: Record<string, Photo> = {};
  for (const fig of document.querySelectorAll<HTMLElement>('figure[data-place]')) {
    const img = fig.querySelector('img');
    const place = fig.dataset.place;
    if (!img || !place) continue;
    photos[place] = {
      // The smallest variant the device already shows: the photos cache has it once the page is saved.
      thumbSrc: img.currentSrc || img.src,
      caption: fig.querySelector('figcaption')?.textContent ?? '',
      figureId: fig.id,
    };
  }
  return photos;
}

/** Loads and mounts the map once; resolves to null when it cannot load (the text list still shows the places). */
function loadMap(): Promise<MapHandle | null> {
  const container = document.getElementById('map-canvas');
  if (!container) return Promise.resolve(null);
  mounting ??= import('../../map/index.ts')
    .then(({ mountMap }) =>
      mountMap(container, {
        onlineLayer: getState().settings.onlineMap,
        photos: photosByPlace(),
        onOnlineLayerChange: (on) => void changeSettings({ onlineMap: on }),
        onReadInArticle: (figureId) => {
          const fig = document.getElementById(figureId);
          fig?.scrollIntoView({ block: 'start' });
          history.replaceState(null, '', `#${figureId}`);
          fig?.querySelector<HTMLElement>('.show-on-map')?.focus({ preventScroll: true });
        },
      }),
    )
    .catch((error: unknown) => {
      mounting = undefined;
      container.dataset.error = 'true';
      container.textContent = t('mapFailed', { why: (error as Error).message });
      return null;
    });
  return mounting;
}

/** Loads the map as it nears the viewport, on `Show map`, and on any `Show on map` link. */
export function watchMap(): void {
  const section = document.getElementById('map');
  if (!section) return;
  new IntersectionObserver(
    (entries, observer) => {
      if (entries.some((e) => e.isIntersecting)) {
        observer.disconnect();
        void loadMap();
      }
    },
    { rootMargin: '600px 0px' },
  ).observe(section);
  document.getElementById('map-show')?.addEventListener('click', () => {
    section.scrollIntoView({ block: 'start' });
    void loadMap();
  });
  document.addEventListener('click', (e) => {
    const link = (e.target as Element | null)?.closest?.<HTMLAnchorElement>('a.show-on-map');
    const place = link?.dataset.place;
    if (!link || !place) return;
    // Without script the link still jumps to the place in the text list; with it, the map frames the place.
    e.preventDefault();
    document.getElementById('map-canvas')?.scrollIntoView({ block: 'center' });
    void loadMap().then((map) => map?.showPlace(place));
  });
}

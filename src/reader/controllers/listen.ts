// First bundle (small): `Listen` loads the read-aloud chunk (src/listen) when the reader reaches for it (the
// touch, focus or key that begins the first press), never before.

import { readerText as t } from '../../i18n/text/reader.ts';
import { notify } from '../store.ts';

type Press = () => void;

let loading: Promise<Press> | undefined;
/** The chunk's press once it has arrived: from then on a press speaks within the click itself. */
let loaded: Press | undefined;

function load(): Promise<Press> {
  loading ??= import('../../listen/index.tsx').then(({ press }) => {
    loaded = press;
    return press;
  });
  return loading;
}

/**
 * Starts loading the chunk on the `pointerdown`, `focus` or `keydown` that precedes a press, so the click
 * usually finds it loaded and speech starts inside the tap's user activation (iOS Safari may stay silent for
 * speech started after an await). A failure here is left for the press to report.
 */
export function preloadListen(): void {
  void load().catch(() => undefined);
}

/** What the `Listen` toggle does: loads the chunk once, then starts, pauses or resumes. */
export function pressListen(): void {
  if (loaded) {
    // No await before speaking: the press stays inside the click (see preloadListen).
    loaded();
    return;
  }
  void load()
    .then((press) => press())
    .catch(() => {
      loading = undefined;
      notify({ kind: 'alert', text: t('listenFailed') });
    });
}

// First bundle (small): `Listen` loads the read-aloud chunk (src/listen) on its first press, never before.

import { readerText as t } from '../../i18n/text/reader.ts';
import { notify } from '../store.ts';

let loading: Promise<typeof import('../../listen/index.tsx')> | undefined;

/** What the `Listen` toggle does: loads the chunk once, then starts, pauses or resumes. */
export function pressListen(): void {
  loading ??= import('../../listen/index.tsx');
  void loading
    .then((listen) => listen.press())
    .catch(() => {
      loading = undefined;
      notify({ kind: 'alert', text: t('listenFailed') });
    });
}

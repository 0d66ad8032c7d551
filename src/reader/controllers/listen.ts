// First bundle (small): `Listen` loads the read-aloud chunk (src/listen) on its first press, never before.

import { notify } from '../store.ts';

const TEXT = { failed: 'Listen could not be loaded. Reload the page and try again.' } as const;

let loading: Promise<typeof import('../../listen/index.tsx')> | undefined;

/** What the `Listen` toggle does: loads the chunk once, then starts, pauses or resumes. */
export function pressListen(): void {
  loading ??= import('../../listen/index.tsx');
  void loading
    .then((listen) => listen.press())
    .catch(() => {
      loading = undefined;
      notify({ kind: 'alert', text: TEXT.failed });
    });
}

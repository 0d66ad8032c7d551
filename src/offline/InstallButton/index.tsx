// First bundle: Install (where the browser offers it) or, on iOS Safari, how to add to the Home Screen.
import { useState } from 'preact/hooks';
import { offlineText as t } from '../../i18n/text/offline.ts';
import { isIosSafari, promptInstall } from '../install.ts';
import { requestPersistence } from '../persistence.ts';
import { type OfflineState, useOffline } from '../state.ts';
import './style.css';

const select = (s: OfflineState) => (s.installed ? 'installed' : s.canInstall ? 'prompt' : 'none');

/** The hint's sentence with its menu item in bold, wherever the language puts it in the sentence. */
function Hint() {
  const mark = '\u0000';
  const [before, after] = t('installHint', { action: mark }).split(mark);
  return (
    <p class="install-hint" id="install-hint">
      {before}
      <strong>{t('installAction')}</strong>
      {after}
    </p>
  );
}

/** The Install button (browser prompt, or the iOS "Add to Home Screen" steps); nothing once installed. */
export function InstallButton() {
  const mode = useOffline(select);
  const [ios] = useState(isIosSafari);
  const [hint, setHint] = useState(false);
  if (mode === 'installed' || (mode === 'none' && !ios)) return null;
  const install = async () => {
    if (mode !== 'prompt') return setHint(!hint);
    // Installing is the clearest sign the reader wants to keep this: a good moment to ask for persistence.
    if (await promptInstall()) await requestPersistence('install');
  };
  return (
    <span class="install">
      <button
        type="button"
        class="text-button compact"
        aria-expanded={mode === 'prompt' ? undefined : hint}
        aria-controls={mode === 'prompt' ? undefined : 'install-hint'}
        onClick={() => void install()}
      >
        {t('install')}
      </button>
      {/* Safari has no install prompt; the steps sit in a small bubble so the app bar keeps one line. */}
      {mode !== 'prompt' && hint && <Hint />}
    </span>
  );
}

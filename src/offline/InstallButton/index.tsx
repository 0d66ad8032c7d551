// First bundle: Install (where the browser offers it) or, on iOS Safari, how to add to the Home Screen.
import { useState } from 'preact/hooks';
import { isIosSafari, promptInstall } from '../install.ts';
import { requestPersistence } from '../persistence.ts';
import { type OfflineState, useOffline } from '../state.ts';
import './style.css';

const select = (s: OfflineState) => (s.installed ? 'installed' : s.canInstall ? 'prompt' : 'none');

/** The Install button, or the iOS "Add to Home Screen" hint; nothing once the app is installed. */
export function InstallButton() {
  const mode = useOffline(select);
  const [ios] = useState(isIosSafari);
  if (mode === 'installed') return null;
  if (mode === 'prompt') {
    const install = async () => {
      // Installing is the clearest sign the reader wants to keep this: a good moment to ask for persistence.
      if (await promptInstall()) await requestPersistence('install');
    };
    return (
      <button type="button" class="install-button" onClick={() => void install()}>
        Install
      </button>
    );
  }
  if (!ios) return null;
  return (
    <p class="install-hint">
      To keep this reader: tap Share, then <strong>Add to Home Screen</strong>. Do it before saving highlights — Safari
      and the Home Screen app keep separate copies.
    </p>
  );
}

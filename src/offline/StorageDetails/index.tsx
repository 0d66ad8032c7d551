// First bundle (the settings panel is not lazy): how much this device stores for the reader, and whether the
// browser promised to keep it.
import { useEffect, useState } from 'preact/hooks';
import { isIosSafari } from '../install.ts';
import { formatBytes, type PersistResult, persistence, requestPersistence, storageEstimate } from '../persistence.ts';
import { type OfflineState, useOffline } from '../state.ts';
import { isWebKitBrowser } from '../webkit.ts';
import './style.css';

const select = (s: OfflineState) => s.installed;

const EXPLAIN: Record<PersistResult, string> = {
  granted: 'Kept: this browser promised not to delete your highlights, notes and offline copy when space runs low.',
  refused:
    'Not guaranteed: if the phone runs out of space, this browser may delete your highlights, notes and ' +
    'offline copy. Installing the app usually earns a promise to keep them; Export saves a copy of your notes.',
  unsupported: 'This browser cannot promise to keep your highlights and notes; use Export now and then to save a copy.',
};

const TEXT = {
  // Firefox answers persist() only after the reader answers its permission prompt: say so while it waits.
  asking: 'Your browser may ask you first: answer its question (next to the address bar) to keep your data.',
  // WebKit's seven-day rule (sources in ../webkit.ts).
  webkit:
    'Safari, and every browser on iPhone and iPad, can delete this site’s data (your highlights, notes and the ' +
    'offline copy) after seven days of use without a visit here. Installed, the app keeps its own data: on iPhone ' +
    'and iPad tap Share, then Add to Home Screen; on a Mac choose File, then Add to Dock. And use Export now and ' +
    'then to keep a copy.',
} as const;

/** Storage used / quota, persistence state with a button to ask for it, WebKit's seven-day rule and iOS's separate storage. */
export function StorageDetails() {
  const installed = useOffline(select);
  const [estimate, setEstimate] = useState<{ usage: number; quota: number }>();
  const [persisted, setPersisted] = useState<PersistResult>();
  const [asking, setAsking] = useState(false);
  useEffect(() => {
    void storageEstimate().then(setEstimate);
    void persistence().then(setPersisted);
  }, []);
  const ask = async () => {
    setAsking(true);
    setPersisted(await requestPersistence('settings'));
    setAsking(false);
    setEstimate(await storageEstimate());
  };
  return (
    <section class="storage-details" aria-labelledby="storage-details-title">
      <h3 id="storage-details-title">Storage on this device</h3>
      <p>
        {estimate
          ? `Using ${formatBytes(estimate.usage)} of ${formatBytes(estimate.quota)} this browser allows.`
          : 'This browser does not say how much space it allows.'}
      </p>
      {persisted && <p>{EXPLAIN[persisted]}</p>}
      {persisted === 'refused' && (
        <button type="button" class="text-button" disabled={asking} onClick={() => void ask()}>
          Keep my data
        </button>
      )}
      {asking && <p role="status">{TEXT.asking}</p>}
      {isWebKitBrowser() && !installed && <p class="storage-details-webkit">{TEXT.webkit}</p>}
      {isIosSafari() && !installed && (
        <p class="storage-details-ios">
          On iPhone and iPad, Safari and the Home Screen app keep separate data: install first (Share → Add to Home
          Screen), then save highlights there. Already saved some here? Use Export, then Import in the app.
        </p>
      )}
    </section>
  );
}

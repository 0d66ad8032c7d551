// First bundle (the settings panel is not lazy): how much this device stores for the reader, and whether the
// browser promised to keep it.
import { useEffect, useState } from 'preact/hooks';
import { isIosSafari } from '../install.ts';
import { formatBytes, type PersistResult, persistence, requestPersistence, storageEstimate } from '../persistence.ts';
import { type OfflineState, useOffline } from '../state.ts';
import './style.css';

const select = (s: OfflineState) => s.installed;

const EXPLAIN: Record<PersistResult, string> = {
  granted: 'Kept: this browser promised not to delete your highlights, notes and offline copy when space runs low.',
  refused:
    'Not guaranteed: if the phone runs out of space, this browser may delete your highlights, notes and ' +
    'offline copy. Installing the app usually earns a promise to keep them; Export saves a copy of your notes.',
  unsupported: 'This browser cannot promise to keep your highlights and notes; use Export now and then to save a copy.',
};

/** Storage used / quota, persistence state with a button to ask for it, and the iOS separate-storage note. */
export function StorageDetails() {
  const installed = useOffline(select);
  const [estimate, setEstimate] = useState<{ usage: number; quota: number }>();
  const [persisted, setPersisted] = useState<PersistResult>();
  useEffect(() => {
    void storageEstimate().then(setEstimate);
    void persistence().then(setPersisted);
  }, []);
  const ask = async () => {
    setPersisted(await requestPersistence('settings'));
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
        <button type="button" class="text-button" onClick={() => void ask()}>
          Keep my data
        </button>
      )}
      {isIosSafari() && !installed && (
        <p class="storage-details-ios">
          On iPhone and iPad, Safari and the Home Screen app keep separate data: install first (Share → Add to Home
          Screen), then save highlights there. Already saved some here? Use Export, then Import in the app.
        </p>
      )}
    </section>
  );
}

// First bundle (the settings panel is not lazy): how much this device stores for the reader, and whether the
// browser promised to keep it.
import { useEffect, useState } from 'preact/hooks';
import { offlineText as t } from '../../i18n/text/offline.ts';
import { isIosSafari } from '../install.ts';
import { formatBytes, type PersistResult, persistence, requestPersistence, storageEstimate } from '../persistence.ts';
import { type OfflineState, useOffline } from '../state.ts';
import { isWebKitBrowser } from '../webkit.ts';
import './style.css';

const select = (s: OfflineState) => s.installed;

// The words for each answer of persist(); WebKit's seven-day rule is `webkitNote` (sources in ../webkit.ts).
const EXPLAIN = {
  granted: 'persistGranted',
  refused: 'persistRefused',
  unsupported: 'persistUnsupported',
} as const satisfies Record<PersistResult, string>;

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
      <h3 id="storage-details-title">{t('storageTitle')}</h3>
      <p>
        {estimate
          ? t('storageUsing', { used: formatBytes(estimate.usage), quota: formatBytes(estimate.quota) })
          : t('storageUnknown')}
      </p>
      {persisted && <p>{t(EXPLAIN[persisted])}</p>}
      {persisted === 'refused' && (
        <button type="button" class="text-button" disabled={asking} onClick={() => void ask()}>
          {t('keepData')}
        </button>
      )}
      {/* Firefox answers persist() only after the reader answers its permission prompt: say so while it waits. */}
      {asking && <p role="status">{t('persistAsking')}</p>}
      {isWebKitBrowser() && !installed && <p class="storage-details-webkit">{t('webkitNote')}</p>}
      {isIosSafari() && !installed && <p class="storage-details-ios">{t('iosNote')}</p>}
    </section>
  );
}

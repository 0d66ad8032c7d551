// First bundle: the one-line offline status under the app bar (mounted in #status-root).
import { describeMissing } from '../missing.ts';
import { type OfflineState, useOffline } from '../state.ts';
import { retry } from '../check.ts';
import { BUILD_VERSION } from '../../shared/build-version.ts';
import './style.css';

const select = (s: OfflineState) => s;

/** What the status line says; "Available offline" only in phase 'ready', which only a full check sets. */
export function statusText(s: Pick<OfflineState, 'phase' | 'done' | 'total' | 'missing'>): string {
  switch (s.phase) {
    case 'saving':
      return s.total ? `Saving for offline… ${s.done} of ${s.total}` : 'Saving for offline…';
    case 'ready':
      return 'Available offline';
    case 'missing':
      // Without the worker nothing at all is stored; a count of "1 script" would understate it.
      return s.missing.some((url) => /\/sw\.js$/.test(url))
        ? 'Not saved for offline yet'
        : `Missing offline: ${describeMissing(s.missing)}`;
    case 'unsupported':
      return 'This browser cannot keep a copy for offline reading';
    case 'retired':
      return 'Offline copy switched off for this version';
    default:
      return '';
  }
}

/** The role="status" line ("Saving for offline… N of M", "Available offline", or what is missing + Retry). */
export function OfflineStatus() {
  const s = useOffline(select);
  const text = statusText(s);
  // The full list of missing files is in the tooltip; the line itself must fit 320 px.
  const detail = s.phase === 'missing' ? s.missing.map((url) => new URL(url, location.href).pathname).join('\n') : '';
  return (
    <div class={`offline-status offline-${s.phase}`} data-build={BUILD_VERSION}>
      <p role="status" class="offline-status-text" title={detail || undefined}>
        {text}
      </p>
      {s.phase === 'missing' && (
        <button type="button" class="text-button compact" onClick={retry}>
          Retry
        </button>
      )}
    </div>
  );
}

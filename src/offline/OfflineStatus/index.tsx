// First bundle: the one-line offline status under the app bar (mounted in #status-root).
import { describeMissing } from '../missing.ts';
import { type OfflineState, useOffline } from '../state.ts';
import { retry } from '../check.ts';
import { BUILD_VERSION } from '../../shared/build-version.ts';
import { offlineText as t } from '../../i18n/text/offline.ts';
import './style.css';

const select = (s: OfflineState) => s;

/** What the status line says; "Available offline" only in phase 'ready', which only a full check sets. */
export function statusText(s: Pick<OfflineState, 'phase' | 'done' | 'total' | 'missing'>): string {
  switch (s.phase) {
    case 'saving':
      return s.total ? t('savingProgress', { done: s.done, total: s.total }) : t('saving');
    case 'ready':
      return t('ready');
    case 'missing':
      // Without the worker nothing at all is stored; a count of "1 script" would understate it.
      return s.missing.some((url) => /\/sw\.js$/.test(url))
        ? t('notSaved')
        : t('missing', { what: describeMissing(s.missing) });
    case 'unsupported':
      return t('unsupported');
    case 'retired':
      return t('retired');
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
          {t('retry')}
        </button>
      )}
    </div>
  );
}

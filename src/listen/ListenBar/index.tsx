// Lazy (Listen chunk): the bar shown while listening: back to the voice, highlight what I heard, stop.
import { listenText as t } from '../../i18n/text/listen.ts';
import { useAppState } from '../../reader/store.ts';
import { backToVoice, highlightHeard, stop, ui } from '../session.ts';
import './style.css';

/**
 * At the bottom of the screen while Listen is on. `Highlight` works on the sentence being read, and steps
 * aside while the reader has text selected (the selection bar's own `Highlight` is then the one that counts)
 * or while a translation is read (only the author's text takes highlights).
 */
export function ListenBar() {
  const listening = useAppState((s) => s.listening);
  const selecting = useAppState((s) => s.selection !== null);
  const current = ui.use((u) => u.current);
  const following = ui.use((u) => u.following);
  const wakeLock = ui.use((u) => u.wakeLock);
  const message = ui.use((u) => u.message);
  if (listening === 'off' && !message) return null;
  return (
    <div class="listen-bar" role="toolbar" aria-label={t('bar')}>
      {message && (
        <p class="listen-message" role="status">
          {message}
        </p>
      )}
      {wakeLock === 'refused' && <p class="listen-message">{t('wakeRefused')}</p>}
      {!following && current && (
        <button type="button" class="text-button" onClick={backToVoice}>
          {t('back')}
        </button>
      )}
      {!selecting && current?.modelStart !== undefined && (
        <button
          type="button"
          class="text-button primary"
          title={t('highlightTitle')}
          onClick={() => void highlightHeard()}
        >
          {t('highlight')}
        </button>
      )}
      {listening !== 'off' && (
        <button type="button" class="text-button" onClick={stop}>
          {t('stop')}
        </button>
      )}
    </div>
  );
}

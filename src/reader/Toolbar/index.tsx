// First bundle: the app bar's tools. Mounted into a bar whose height CSS fixes, so nothing moves.
import './style.css';
import { toggleBookmark } from '../controllers/bookmarks.ts';
import { pressListen, preloadListen } from '../controllers/listen.ts';
import { readerText as t } from '../../i18n/text/reader.ts';
import { Icon } from '../icons.tsx';
import { setState, useAppState } from '../store.ts';

/** Listen and Bookmark toggles, Bookmarks, Highlights and reading settings. */
export function Toolbar() {
  const listening = useAppState((s) => s.listening);
  const reading = listening === 'playing' || listening === 'loading';
  const pressed = useAppState((s) => s.bookmarks.some((b) => b.paragraphId === s.currentParagraph));
  const count = useAppState((s) => s.highlights.length);
  const canSave = useAppState((s) => s.storage !== 'unavailable');
  return (
    <>
      <button
        type="button"
        class="icon-button"
        aria-pressed={reading}
        title={reading ? t('listenPause') : t('listenPlay')}
        onClick={pressListen}
        onPointerDown={preloadListen}
        onFocus={preloadListen}
        onKeyDown={preloadListen}
      >
        <Icon name="listen" />
        <span class="visually-hidden">{t('listen')}</span>
      </button>
      <button
        type="button"
        class="icon-button"
        aria-pressed={pressed}
        disabled={!canSave}
        title={pressed ? t('bookmarkRemove') : t('bookmarkAdd')}
        onClick={() => void toggleBookmark()}
      >
        <Icon name="bookmark" />
        <span class="visually-hidden">{t('bookmark')}</span>
      </button>
      <button type="button" class="icon-button" title={t('bookmarks')} onClick={() => setState({ panel: 'bookmarks' })}>
        <Icon name="bookmarks" />
        <span class="visually-hidden">{t('bookmarks')}</span>
      </button>
      <button
        type="button"
        class="icon-button"
        title={t('highlights')}
        onClick={() => setState({ panel: 'highlights' })}
      >
        <Icon name="highlights" />
        <span class="visually-hidden">{t('highlights')}</span>
        {count > 0 && (
          <span class="count-badge" aria-hidden="true">
            {count}
          </span>
        )}
      </button>
      <button
        type="button"
        class="icon-button"
        title={t('readingSettings')}
        onClick={() => setState({ panel: 'settings' })}
      >
        <Icon name="settings" />
        <span class="visually-hidden">{t('readingSettings')}</span>
      </button>
    </>
  );
}

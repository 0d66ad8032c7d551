// First bundle: the Bookmarks panel: each bookmark with a jump to it.
import { readerText as t } from '../../i18n/text/reader.ts';
import { Dialog } from '../Dialog/index.tsx';
import { remove } from '../controllers/bookmarks.ts';
import { scrollToPlace } from '../controllers/reading.ts';
import { setState, useAppState } from '../store.ts';

/** The `Bookmarks` dialog. */
export function BookmarksPanel() {
  const open = useAppState((s) => s.panel === 'bookmarks');
  const bookmarks = useAppState((s) => s.bookmarks);
  return (
    <Dialog title={t('bookmarks')} open={open} onClose={() => setState({ panel: null })}>
      {bookmarks.length === 0 && <p class="muted">{t('noBookmarks')}</p>}
      <ul>
        {bookmarks.map((b) => (
          <li key={b.id}>
            <blockquote>{b.label || t('emptyParagraph')}</blockquote>
            <div class="row">
              <button
                type="button"
                class="text-button"
                onClick={() => {
                  setState({ panel: null });
                  // After the dialog has closed and the page can scroll again.
                  requestAnimationFrame(() => scrollToPlace(b.paragraphId, b.offset));
                }}
              >
                {t('goToBookmark')}
              </button>
              <button type="button" class="text-button" onClick={() => void remove(b.id)}>
                {t('removeBookmark')}
              </button>
            </div>
          </li>
        ))}
      </ul>
    </Dialog>
  );
}

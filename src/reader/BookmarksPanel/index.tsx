// First bundle: the Bookmarks panel: each bookmark with a jump to it.
import { Dialog } from '../Dialog/index.tsx';
import { remove } from '../controllers/bookmarks.ts';
import { scrollToPlace } from '../controllers/reading.ts';
import { setState, useAppState } from '../store.ts';

/** The `Bookmarks` dialog. */
export function BookmarksPanel() {
  const open = useAppState((s) => s.panel === 'bookmarks');
  const bookmarks = useAppState((s) => s.bookmarks);
  return (
    <Dialog title="Bookmarks" open={open} onClose={() => setState({ panel: null })}>
      {bookmarks.length === 0 && (
        <p class="muted">No bookmarks yet. Press Bookmark while reading to mark your place.</p>
      )}
      <ul>
        {bookmarks.map((b) => (
          <li key={b.id}>
            <blockquote>{b.label || '(empty paragraph)'}</blockquote>
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
                Go to bookmark
              </button>
              <button type="button" class="text-button" onClick={() => void remove(b.id)}>
                Remove bookmark
              </button>
            </div>
          </li>
        ))}
      </ul>
    </Dialog>
  );
}

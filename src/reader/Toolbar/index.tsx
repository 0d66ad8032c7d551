// First bundle: the app bar's tools. Mounted into a bar whose height CSS fixes, so nothing moves.
import './style.css';
import { toggleBookmark } from '../controllers/bookmarks.ts';
import { pressListen } from '../controllers/listen.ts';
import { Icon } from '../icons.tsx';
import { setState, useAppState } from '../store.ts';

const LISTEN = { name: 'Listen', play: 'Read the article aloud from here', pause: 'Pause reading aloud' } as const;

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
        title={reading ? LISTEN.pause : LISTEN.play}
        onClick={pressListen}
      >
        <Icon name="listen" />
        <span class="visually-hidden">{LISTEN.name}</span>
      </button>
      <button
        type="button"
        class="icon-button"
        aria-pressed={pressed}
        disabled={!canSave}
        title={pressed ? 'Remove the bookmark here' : 'Bookmark this place'}
        onClick={() => void toggleBookmark()}
      >
        <Icon name="bookmark" />
        <span class="visually-hidden">Bookmark</span>
      </button>
      <button type="button" class="icon-button" title="Bookmarks" onClick={() => setState({ panel: 'bookmarks' })}>
        <Icon name="bookmarks" />
        <span class="visually-hidden">Bookmarks</span>
      </button>
      <button type="button" class="icon-button" title="Highlights" onClick={() => setState({ panel: 'highlights' })}>
        <Icon name="highlights" />
        <span class="visually-hidden">Highlights</span>
        {count > 0 && (
          <span class="count-badge" aria-hidden="true">
            {count}
          </span>
        )}
      </button>
      <button
        type="button"
        class="icon-button"
        title="Reading settings"
        onClick={() => setState({ panel: 'settings' })}
      >
        <Icon name="settings" />
        <span class="visually-hidden">Reading settings</span>
      </button>
    </>
  );
}

// First bundle: keeps this tab in step with writes made in other tabs of the app (a tab never hears its own).
import { subscribe } from '../../storage/broadcast';
import { loadBookmarks } from './bookmarks';
import { loadHighlights } from './highlights';
import { loadSettings } from './settings';

/** Reloads whatever another tab changed: settings, highlights (with their notes) or bookmarks. */
export function followOtherTabs(): void {
  subscribe((change) => {
    if (change.kind === 'settings') void loadSettings();
    else if (change.kind === 'highlights') void loadHighlights();
    else if (change.kind === 'bookmarks') void loadBookmarks();
  });
}

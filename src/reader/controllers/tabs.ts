// First bundle: keeps this tab in step with writes made in other tabs of the app (a tab never hears its own).
import { subscribe } from '../../storage/broadcast.ts';
import { loadBookmarks } from './bookmarks.ts';
import { loadHighlights } from './highlights.ts';
import { loadSettings } from './settings.ts';

/** Reloads whatever another tab changed: settings, highlights (with their notes) or bookmarks. */
export function followOtherTabs(): void {
  subscribe((change) => {
    if (change.kind === 'settings') void loadSettings();
    else if (change.kind === 'highlights') void loadHighlights();
    else if (change.kind === 'bookmarks') void loadBookmarks();
  });
}

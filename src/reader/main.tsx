/**
 * First bundle: the page's only entry. The article is already in the HTML (prerendered, readable with no
 * script); this mounts the interactive islands around it and starts the controllers. Every island mounts into
 * a box whose size CSS fixed before any script ran, so nothing shifts.
 */
import { render } from 'preact';
import { loadInterface } from '../i18n/runtime.ts';
import { InstallButton, OfflineStatus, startOffline, UpdatePrompt } from '../offline/index.ts';
import { BookmarksPanel } from './BookmarksPanel/index.tsx';
import * as bookmarks from './controllers/bookmarks.ts';
import * as highlights from './controllers/highlights.ts';
import { watchMap } from './controllers/map.ts';
import * as reading from './controllers/reading.ts';
import { trackSelection } from './controllers/selection.ts';
import * as settings from './controllers/settings.ts';
import { watchSharedLinks } from './controllers/shared-link.ts';
import { followOtherTabs } from './controllers/tabs.ts';
import { HighlightSheet } from './HighlightSheet/index.tsx';
import { HighlightsPanel } from './HighlightsPanel/index.tsx';
import { Notices } from './Notices/index.tsx';
import { PassItOn } from './PassItOn/index.tsx';
import { SelectionBar } from './SelectionBar/index.tsx';
import { SettingsPanel } from './SettingsPanel/index.tsx';
import { getState } from './store.ts';
import { Toolbar } from './Toolbar/index.tsx';
import { wireLanguageSelect } from './LanguageSelect/index.ts';
import { wireTranslationToggle } from './TranslationToggle/index.ts';
import { YourData } from './YourData/index.tsx';
import './styles/base.css';
import './styles/article.css';
import './styles/print.css';
import '../map/map.css';

function mount(id: string, node: preact.ComponentChild): void {
  const el = document.getElementById(id);
  if (el) render(node, el);
}

function Overlays() {
  return (
    <>
      {/* One dock at the bottom of the screen: the selection bar above a highlight's sheet, never under it. */}
      <div class="dock">
        <SelectionBar />
        <HighlightSheet />
      </div>
      <HighlightsPanel />
      <BookmarksPanel />
      <SettingsPanel />
      <Notices />
      <UpdatePrompt isWriting={() => getState().writing} />
    </>
  );
}

/** Mounts the islands and starts the controllers, once the page language's words are here. */
function start(): void {
  mount('toolbar-root', <Toolbar />);
  // Install sits at the end of the status line: when the browser offers it, it only narrows the status text,
  // where in the app bar it would push every tool sideways (a layout shift).
  mount(
    'status-root',
    <>
      <OfflineStatus />
      <InstallButton />
    </>,
  );
  mount('pass-it-on-root', <PassItOn />);
  mount('your-data-root', <YourData />);
  mount('overlay-root', <Overlays />);

  reading.takeOverScrollRestoration();
  trackSelection();
  wireTranslationToggle();
  wireLanguageSelect();
  watchMap();
  void (async () => {
    // boot.js already applied the settings; the restore waits only for the three reads, made together. Each load
    // tells the reader about its own failure and resolves, so one failed read stops nothing else. A bug that
    // still rejects is reported as uncaught (with its stack) without stopping position restore or tab sync.
    const loads = await Promise.allSettled([
      settings.loadSettings(),
      highlights.loadHighlights(),
      bookmarks.loadBookmarks(),
    ]);
    for (const load of loads) if (load.status === 'rejected') reportError(load.reason);
    await reading.restorePosition().catch(reportError);
    reading.trackPosition();
    // After the saved highlights are drawn, so a shared link is compared with what this device already has.
    watchSharedLinks();
    followOtherTabs();
  })();
  startOffline({ isWriting: () => getState().writing });
}

// boot.js marks a page it is leaving for the page of the reader's language: nothing starts there. Otherwise
// the page preloads its language's words (src/i18n/runtime.ts), so this wait is not a round trip.
if (!document.documentElement.hasAttribute('data-moving')) loadInterface().then(start, reportError);

/**
 * First bundle: the page's only entry. The article is already in the HTML (prerendered, readable with no
 * script); this mounts the interactive islands around it and starts the controllers. Every island mounts into
 * a box whose size CSS fixed before any script ran, so nothing shifts.
 */
import { render } from 'preact';
import { loadInterface } from '../i18n/runtime.ts';
import { InstallButton, OfflineStatus, startOffline, UpdatePrompt } from '../offline/index.ts';
import * as bookmarks from './controllers/bookmarks.ts';
import * as highlights from './controllers/highlights.ts';
import { watchMap } from './controllers/map.ts';
import * as reading from './controllers/reading.ts';
import { trackSelection } from './controllers/selection.ts';
import * as settings from './controllers/settings.ts';
import { watchSharedLinks } from './controllers/shared-link.ts';
import { followOtherTabs } from './controllers/tabs.ts';
import { HighlightSheet } from './HighlightSheet/index.tsx';
import { Notices } from './Notices/index.tsx';
import { SelectionBar } from './SelectionBar/index.tsx';
import { arrived, Later, patiently, whenIdle } from './later.tsx';
import { getState, useAppState } from './store.ts';
import { Toolbar } from './Toolbar/index.tsx';
import { wireLanguageSelect } from './LanguageSelect/index.ts';
import { wireTranslationToggle } from './TranslationToggle/index.ts';
import './styles/base.css';
import './styles/article.css';
import './styles/print.css';
// The two sections at the end of the page are prerendered (their no-script text), so their look is first-paint
// CSS, inlined in the page: imported here, not by their components, whose code loads later (a lazy chunk
// importing CSS that the page inlined would ask for a file the build no longer has).
import './PassItOn/style.css';
import './YourData/style.css';
import '../map/map.css';

/**
 * Renders an island into its box, in place of what the box held without script (e.g. "Saving them needs
 * JavaScript."): Preact diffs against what is there and would leave such a line standing beside the island.
 */
function mount(id: string, node: preact.ComponentChild): void {
  const el = document.getElementById(id);
  if (!el) return;
  el.replaceChildren();
  render(node, el);
}

// The panels behind the toolbar's buttons: each one's code loads when it is first opened. (`await`, not
// `.then`: Vite wraps `import().then(...)` whole, and `arrived` must see what the wrapper gives.)
const loadHighlights = async () => arrived(await import('./HighlightsPanel/index.tsx')).HighlightsPanel;
const loadBookmarks = async () => arrived(await import('./BookmarksPanel/index.tsx')).BookmarksPanel;
const loadSettings = async () => arrived(await import('./SettingsPanel/index.tsx')).SettingsPanel;

function Panels() {
  const panel = useAppState((s) => s.panel);
  return (
    <>
      <Later load={loadHighlights} open={panel === 'highlights'} />
      <Later load={loadBookmarks} open={panel === 'bookmarks'} />
      <Later load={loadSettings} open={panel === 'settings'} />
    </>
  );
}

function Overlays() {
  return (
    <>
      {/* One dock at the bottom of the screen: the selection bar above a highlight's sheet, never under it. */}
      <div class="dock">
        <SelectionBar />
        <HighlightSheet />
      </div>
      <Panels />
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
  // The sections at the end of the page: their prerendered text stays until their code is here (no gap).
  // If they cannot be fetched even after a few tries, their prerendered words stay and say what they need.
  whenIdle(() => {
    patiently(async () => arrived(await import('./PassItOn/index.tsx'))).then(
      ({ PassItOn }) => mount('pass-it-on-root', <PassItOn />),
      () => undefined,
    );
    patiently(async () => arrived(await import('./YourData/index.tsx'))).then(
      ({ YourData }) => mount('your-data-root', <YourData />),
      () => undefined,
    );
  });
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

// First bundle: applies the reader's theme and text size (boot.js already did so before first paint).
import { subscribe } from '../../storage/broadcast';
import { getSettings, saveSettings } from '../../storage/settings';
import { pageLanguage, translationsShownByDefault } from '../../i18n/languages';
import type { Settings } from '../../shared/types';
import { getState, setState } from '../store';
import { db, reportWriteError } from './database';

/** Whether the edition's translations show: the reader's choice, else the interface language's default. */
function translationShown(settings: Settings): boolean {
  return settings.translation ?? translationsShownByDefault(pageLanguage());
}

/** Applies settings to the page: `data-theme` and `data-translation` on <html>, the article's text scale. */
function applySettings(settings: Settings): void {
  const root = document.documentElement;
  if (settings.theme === 'system') root.removeAttribute('data-theme');
  else root.setAttribute('data-theme', settings.theme);
  root.style.setProperty('--text-scale', String(settings.textSize / 100));
  root.setAttribute('data-translation', translationShown(settings) ? 'on' : 'off');
  for (const button of document.querySelectorAll('.tr-toggle')) {
    button.setAttribute('aria-pressed', String(translationShown(settings)));
  }
}

/** Loads the saved settings and applies them. */
export async function loadSettings(): Promise<void> {
  const handle = await db();
  if (!handle) return;
  const settings = await getSettings(handle);
  setState({ settings });
  applySettings(settings);
}

/** Changes settings: applied at once, then saved. */
export async function changeSettings(change: Partial<Settings>): Promise<void> {
  const settings = { ...getState().settings, ...change };
  setState({ settings });
  applySettings(settings);
  const handle = await db();
  if (!handle) return;
  try {
    setState({ settings: await saveSettings(handle, change) });
  } catch (error) {
    reportWriteError(error);
  }
}

/** Keeps settings in step with other tabs. */
export function followOtherTabs(): void {
  subscribe((change) => {
    if (change.kind === 'settings') void loadSettings();
  });
}

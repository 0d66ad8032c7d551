// First bundle: applies the reader's theme and text size (boot.js already did so before first paint).
import { getSettings, saveSettings } from '../../storage/settings.ts';
import { translationsShownByDefault } from '../../i18n/languages.ts';
import { uiLanguage } from '../../i18n/runtime.ts';
import { readerText as t } from '../../i18n/text/reader.ts';
import type { Settings } from '../../shared/types.ts';
import { getState, setState } from '../store.ts';
import { attempt, load } from './database.ts';

/** Whether the edition's translations show: the reader's choice, else the interface language's default. */
function translationShown(settings: Settings): boolean {
  return settings.translation ?? translationsShownByDefault(uiLanguage());
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
  // Unreadable: boot.js already applied the copy in localStorage, and the defaults hold for the rest.
  const settings = await load(t('savedSettings'), getSettings);
  if (!settings) return;
  setState({ settings });
  applySettings(settings);
}

/** Changes settings: applied at once, then saved. */
export async function changeSettings(change: Partial<Settings>): Promise<void> {
  const settings = { ...getState().settings, ...change };
  setState({ settings });
  applySettings(settings);
  const saved = await attempt(() => saveSettings(change));
  if (saved.ok) setState({ settings: saved.value });
}

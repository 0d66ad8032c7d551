// First bundle: applies the reader's theme and text size (boot.js already did so before first paint).
import { getSettings, saveSettings } from '../../storage/settings';
import type { Settings } from '../../shared/types';
import { getState, setState } from '../store';
import { attempt, load } from './database';

/** Applies settings to the page: `data-theme` on <html> and the article's text scale. */
function applySettings(settings: Settings): void {
  const root = document.documentElement;
  if (settings.theme === 'system') root.removeAttribute('data-theme');
  else root.setAttribute('data-theme', settings.theme);
  root.style.setProperty('--text-scale', String(settings.textSize / 100));
}

/** Loads the saved settings and applies them. */
export async function loadSettings(): Promise<void> {
  // Unreadable: boot.js already applied the copy in localStorage, and the defaults hold for the rest.
  const settings = await load('Your settings', getSettings);
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

// First bundle: settings apply on load.
import { isLanguage } from '../i18n/languages.ts';
import { isTextSize, SETTINGS_MIRROR_KEY } from '../shared/settings.ts';
import { DEFAULT_SETTINGS, type Settings, type Theme } from '../shared/types.ts';
import { announceChange } from './broadcast.ts';
import { connection, write } from './db.ts';

const THEMES: readonly Theme[] = ['system', 'light', 'dark'];

/** A full Settings from anything stored: each missing or malformed field falls back to its default. */
function clean(value: unknown): Settings {
  const v = (typeof value === 'object' && value !== null ? value : {}) as Partial<Record<keyof Settings, unknown>>;
  const { speechRate } = v;
  return {
    theme: THEMES.includes(v.theme as Theme) ? (v.theme as Theme) : DEFAULT_SETTINGS.theme,
    textSize: isTextSize(v.textSize) ? v.textSize : DEFAULT_SETTINGS.textSize,
    onlineMap: typeof v.onlineMap === 'boolean' ? v.onlineMap : DEFAULT_SETTINGS.onlineMap,
    voice: typeof v.voice === 'string' && v.voice.length <= 500 ? v.voice : DEFAULT_SETTINGS.voice,
    // The Web Speech API accepts 0.1–10; voices are unintelligible outside 0.5–2.
    speechRate:
      typeof speechRate === 'number' && speechRate >= 0.5 && speechRate <= 2 ? speechRate : DEFAULT_SETTINGS.speechRate,
    translation: typeof v.translation === 'boolean' ? v.translation : DEFAULT_SETTINGS.translation,
    language: isLanguage(v.language) ? v.language : DEFAULT_SETTINGS.language,
  };
}

/** What boot.js reads before first paint (src/build/boot-script.ts): the settings that change the first paint. */
function mirror(settings: Pick<Settings, 'theme' | 'textSize' | 'translation' | 'language'>): void {
  try {
    const { theme, textSize, translation, language } = settings;
    localStorage.setItem(SETTINGS_MIRROR_KEY, JSON.stringify({ theme, textSize, translation, language }));
  } catch {
    // No localStorage (private modes, quota): the boot script then shows defaults until the app applies these.
  }
}

function readMirror(): unknown {
  try {
    return JSON.parse(localStorage.getItem(SETTINGS_MIRROR_KEY) ?? 'null');
  } catch {
    // No localStorage, or a copy someone edited into bad JSON: read as absent; IndexedDB stays the truth.
    return null;
  }
}

/** The saved settings, defaults filled in; also refreshes the localStorage mirror. */
export async function getSettings(): Promise<Settings> {
  const settings = clean(await (await connection()).get('settings', 'app'));
  mirror(settings);
  return settings;
}

/**
 * Merges `change` into the saved settings and returns the result. The mirror is written synchronously before
 * anything async, so a reload right after the reader picks a theme already paints with it.
 */
export async function saveSettings(change: Partial<Settings>): Promise<Settings> {
  const wanted = clean({ ...clean(readMirror()), ...change });
  mirror(wanted);
  const saved = await write(['settings'], async (tx) => {
    const store = tx.objectStore('settings');
    const next = clean({ ...clean(await store.get('app')), ...change });
    await store.put(next, 'app');
    return next;
  });
  mirror(saved);
  announceChange('settings');
  return saved;
}

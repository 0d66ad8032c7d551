// First bundle: reading settings (theme, text size) and what is stored on this device.
import type { FunctionComponent } from 'preact';
import { useEffect, useState } from 'preact/hooks';
// Directly, not through src/offline/index.ts: that barrel is first bundle, and this panel loads later.
import { StorageDetails } from '../../offline/StorageDetails/index.tsx';
import type { Theme } from '../../shared/types.ts';
import { Dialog } from '../Dialog/index.tsx';
import { changeSettings } from '../controllers/settings.ts';
import { setState, useAppState } from '../store.ts';
import './style.css';

const THEMES: { value: Theme; label: string }[] = [
  { value: 'system', label: 'Device' },
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
];
const SIZES = [90, 100, 112, 125, 140, 160];

/** Listen's Voice and Speed, from its lazy chunk: loaded when the panel opens, so never at first load. */
function ListenSettings() {
  const [Loaded, setLoaded] = useState<FunctionComponent | null>(null);
  useEffect(() => {
    void import('../../listen/VoiceSettings/index.tsx')
      .then((m) => setLoaded(() => m.VoiceSettings))
      .catch(() => undefined);
  }, []);
  return Loaded && <Loaded />;
}

/** The reading settings dialog. */
export function SettingsPanel() {
  const open = useAppState((s) => s.panel === 'settings');
  const settings = useAppState((s) => s.settings);
  return (
    <Dialog title="Reading settings" open={open} onClose={() => setState({ panel: null })}>
      <fieldset class="choice">
        <legend>Theme</legend>
        {THEMES.map((t) => (
          <label key={t.value}>
            <input
              type="radio"
              name="theme"
              value={t.value}
              checked={settings.theme === t.value}
              onChange={() => void changeSettings({ theme: t.value })}
            />
            {t.label}
          </label>
        ))}
      </fieldset>
      <fieldset class="choice">
        <legend>Text size</legend>
        {SIZES.map((size) => (
          <label key={size}>
            <input
              type="radio"
              name="text-size"
              value={size}
              checked={settings.textSize === size}
              onChange={() => void changeSettings({ textSize: size })}
            />
            {size}%
          </label>
        ))}
      </fieldset>
      <ListenSettings />
      <StorageDetails />
    </Dialog>
  );
}

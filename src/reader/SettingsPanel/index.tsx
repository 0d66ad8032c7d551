// First bundle: reading settings (theme, text size) and what is stored on this device.
import { formatNumber } from '../../i18n/intl.ts';
import { readerText as t } from '../../i18n/text/reader.ts';
import type { FunctionComponent } from 'preact';
import { useEffect, useState } from 'preact/hooks';
// Directly, not through src/offline/index.ts: that barrel is first bundle, and this panel loads later.
import { StorageDetails } from '../../offline/StorageDetails/index.tsx';
import type { Theme } from '../../shared/types.ts';
import { Dialog } from '../Dialog/index.tsx';
import { changeSettings } from '../controllers/settings.ts';
import { setState, useAppState } from '../store.ts';
import './style.css';

const THEMES = [
  { value: 'system', label: 'themeSystem' },
  { value: 'light', label: 'themeLight' },
  { value: 'dark', label: 'themeDark' },
] as const satisfies readonly { value: Theme; label: string }[];
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
    <Dialog title={t('readingSettings')} open={open} onClose={() => setState({ panel: null })}>
      <fieldset class="choice">
        <legend>{t('theme')}</legend>
        {THEMES.map((theme) => (
          <label key={theme.value}>
            <input
              type="radio"
              name="theme"
              value={theme.value}
              checked={settings.theme === theme.value}
              onChange={() => void changeSettings({ theme: theme.value })}
            />
            {t(theme.label)}
          </label>
        ))}
      </fieldset>
      <fieldset class="choice">
        <legend>{t('textSize')}</legend>
        {SIZES.map((size) => (
          <label key={size}>
            <input
              type="radio"
              name="text-size"
              value={size}
              checked={settings.textSize === size}
              onChange={() => void changeSettings({ textSize: size })}
            />
            {formatNumber(size / 100, { style: 'percent' })}
          </label>
        ))}
      </fieldset>
      <ListenSettings />
      <StorageDetails />
    </Dialog>
  );
}

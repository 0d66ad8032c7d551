// Lazy (Listen chunk's settings part): the `Voice` and `Speed` controls in Reading settings.
import { useEffect, useState } from 'preact/hooks';
import { listenText as t } from '../../i18n/text/listen.ts';
import { changeSettings } from '../../reader/controllers/settings.ts';
import { useAppState } from '../../reader/store.ts';
import { loadVoices, voicesFor } from '../voices.ts';

const SPEEDS = [0.75, 1, 1.25, 1.5, 1.75, 2];

/** Voice (English voices of this device, offline ones first) and Speed; both remembered with the settings. */
export function VoiceSettings({ lang = 'en' }: { lang?: string }) {
  const settings = useAppState((s) => s.settings);
  const [voices, setVoices] = useState<SpeechSynthesisVoice[] | null>(null);
  useEffect(() => {
    let live = true;
    void loadVoices().then((all) => live && setVoices(voicesFor(all, lang)));
    return () => {
      live = false;
    };
  }, [lang]);
  return (
    <fieldset class="choice listen-settings">
      <legend>{t('settingsLegend')}</legend>
      <label>
        {t('voice')}
        <select
          value={settings.voice}
          disabled={!voices?.length}
          onChange={(e) => void changeSettings({ voice: e.currentTarget.value })}
        >
          <option value="">
            {voices === null ? t('voiceLooking') : voices.length ? t('voiceAutomatic') : t('voiceNone')}
          </option>
          {voices?.map((v) => (
            <option key={v.voiceURI} value={v.voiceURI}>
              {v.localService ? v.name : t('voiceOnline', { name: v.name })}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('speed')}
        <select
          value={String(settings.speechRate)}
          onChange={(e) => void changeSettings({ speechRate: Number(e.currentTarget.value) })}
        >
          {SPEEDS.map((s) => (
            <option key={s} value={String(s)}>
              {t('speedValue', { rate: s })}
            </option>
          ))}
        </select>
      </label>
    </fieldset>
  );
}

// Lazy (Listen chunk's settings part): the `Voice` and `Speed` controls in Reading settings.
import { useEffect, useState } from 'preact/hooks';
import { changeSettings } from '../../reader/controllers/settings.ts';
import { useAppState } from '../../reader/store.ts';
import { loadVoices, voicesFor } from '../voices.ts';

const LABELS = {
  legend: 'Listen',
  voice: 'Voice',
  automatic: 'Automatic (a voice on this device)',
  looking: 'Looking for voices…',
  none: 'This device has no voice for English.',
  online: '(needs a connection)',
  speed: 'Speed',
} as const;

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
      <legend>{LABELS.legend}</legend>
      <label>
        {LABELS.voice}
        <select
          value={settings.voice}
          disabled={!voices?.length}
          onChange={(e) => void changeSettings({ voice: e.currentTarget.value })}
        >
          <option value="">{voices === null ? LABELS.looking : voices.length ? LABELS.automatic : LABELS.none}</option>
          {voices?.map((v) => (
            <option key={v.voiceURI} value={v.voiceURI}>
              {v.localService ? v.name : `${v.name} ${LABELS.online}`}
            </option>
          ))}
        </select>
      </label>
      <label>
        {LABELS.speed}
        <select
          value={String(settings.speechRate)}
          onChange={(e) => void changeSettings({ speechRate: Number(e.currentTarget.value) })}
        >
          {SPEEDS.map((s) => (
            <option key={s} value={String(s)}>
              {s}×
            </option>
          ))}
        </select>
      </label>
    </fieldset>
  );
}

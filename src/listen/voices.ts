// Lazy (Listen chunk): the device's voices, and which one reads a given language.
import type { Language } from '../i18n/languages.ts';
import { uiLanguage } from '../i18n/runtime.ts';
import { listenText } from '../i18n/text/listen.ts';

/**
 * How long to wait for the engine's voice list before saying there is none. Phones answer at once; Chromium on
 * Linux starts speech-dispatcher first, which took 5–15 s on a loaded two-core machine.
 */
export const VOICES_TIMEOUT_MS = 20_000;

/** The primary language subtag, lower case: "en-GB" → "en", "tg_TJ" → "tg". */
export const primaryLang = (lang: string): string => lang.toLowerCase().split(/[-_]/)[0] ?? '';

/**
 * The engine's voices; waits for `voiceschanged` when the list starts empty (Chromium and Safari fill it
 * asynchronously). Resolves to [] when the engine has none, or has no speechSynthesis at all.
 */
export function loadVoices(timeout = VOICES_TIMEOUT_MS): Promise<SpeechSynthesisVoice[]> {
  if (!('speechSynthesis' in window)) return Promise.resolve([]);
  const now = speechSynthesis.getVoices();
  if (now.length > 0) return Promise.resolve(now);
  return new Promise((resolve) => {
    const done = () => {
      const voices = speechSynthesis.getVoices();
      if (voices.length === 0 && Date.now() < deadline) return;
      clearTimeout(timer);
      speechSynthesis.removeEventListener('voiceschanged', done);
      resolve(voices);
    };
    const deadline = Date.now() + timeout;
    const timer = setTimeout(done, timeout);
    speechSynthesis.addEventListener('voiceschanged', done);
  });
}

/**
 * The voices that speak `lang`, best first: voices on the device (`localService`, so they work offline) before
 * network voices, then the engine's default, then those of the exact region asked for, then by name.
 */
export function voicesFor(voices: readonly SpeechSynthesisVoice[], lang: string): SpeechSynthesisVoice[] {
  const want = primaryLang(lang);
  const exact = lang.toLowerCase().replace('_', '-');
  const score = (v: SpeechSynthesisVoice) =>
    (v.localService ? 4 : 0) + (v.default ? 2 : 0) + (v.lang.toLowerCase().replace('_', '-') === exact ? 1 : 0);
  return voices
    .filter((v) => primaryLang(v.lang) === want)
    .sort((a, b) => score(b) - score(a) || a.name.localeCompare(b.name));
}

/** The voice to read `lang` with: the reader's choice when it speaks that language, else the best; null if none. */
export function chooseVoice(
  voices: readonly SpeechSynthesisVoice[],
  lang: string,
  chosen: string,
): SpeechSynthesisVoice | null {
  const fit = voicesFor(voices, lang);
  return fit.find((v) => v.voiceURI === chosen) ?? fit[0] ?? null;
}

const NAMES = { en: 'languageEn', ru: 'languageRu', tg: 'languageTg' } as const;

/**
 * A language's name in the interface language, for messages: "tg" → "Tajik" (English), «таджикский» (Russian).
 * The edition's own languages come from the catalogue, since engines may lack Tajik names; others from Intl.
 */
export function languageName(lang: string, ui: Language = uiLanguage()): string {
  const primary = primaryLang(lang);
  if (primary in NAMES) return listenText.in(ui)(NAMES[primary as keyof typeof NAMES]);
  try {
    return new Intl.DisplayNames([ui], { type: 'language' }).of(primary) ?? lang;
  } catch {
    return lang;
  }
}

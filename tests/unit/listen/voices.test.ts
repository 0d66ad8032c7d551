import { describe, expect, it } from 'vitest';
import { chooseVoice, languageName, primaryLang, voicesFor } from '../../../src/listen/voices.ts';

const voice = (name: string, lang: string, localService = true, isDefault = false) =>
  ({ name, lang, localService, default: isDefault, voiceURI: `uri:${name}` }) as SpeechSynthesisVoice;

const VOICES = [
  voice('Google UK English (network)', 'en-GB', false, true),
  voice('Russian', 'ru-RU'),
  voice('Zira', 'en-US'),
  voice('Daniel', 'en_GB'),
  voice('Afrikaans', 'af', true, true),
];

describe('voice choice', () => {
  it('offers the voices of a language with the ones on the device (offline) first', () => {
    expect(voicesFor(VOICES, 'en').map((v) => v.name)).toEqual(['Daniel', 'Zira', 'Google UK English (network)']);
  });

  it('prefers the exact region asked for among offline voices', () => {
    expect(voicesFor(VOICES, 'en-US').map((v) => v.name)).toEqual(['Zira', 'Daniel', 'Google UK English (network)']);
  });

  it('keeps the reader’s voice when it speaks the language, and falls back when it does not', () => {
    expect(chooseVoice(VOICES, 'en', 'uri:Google UK English (network)')?.name).toBe('Google UK English (network)');
    expect(chooseVoice(VOICES, 'ru', 'uri:Zira')?.name).toBe('Russian');
    expect(chooseVoice(VOICES, 'en', 'uri:gone')?.name).toBe('Daniel');
  });

  it('has no voice for a language the device lacks (Tajik), and names it for the alert', () => {
    expect(chooseVoice(VOICES, 'tg', '')).toBeNull();
    expect(languageName('tg')).toBe('Tajik');
    expect(primaryLang('tg_TJ')).toBe('tg');
  });
});

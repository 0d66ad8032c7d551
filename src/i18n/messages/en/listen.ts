/** Listen (lazy chunk): statuses, alerts, Voice and Speed, Back to the voice. English: the reference (ru/tg must match keys and placeholders). */
export const listen = {
  /** The Listen bar while the engine's voice list is still arriving. */
  looking: 'Looking for this device’s voices…',
  /** Alert: the engine has no voice at all. */
  noVoice:
    'This device has no voice to read aloud with. Install a text-to-speech voice in the system settings, then try again.',
  /** Alert: no voice for the language of the text to be read; {language} is a name below or Intl's. */
  missingVoice: 'This device has no {language} voice, so the {language} text cannot be read aloud.',
  /** The missing-voice alert's button: reads the author's text with an English voice. */
  offerEnglish: 'Listen in English',
  /** Alert: the voice failed mid-sentence; {why} is the engine's error code. */
  failed: 'Reading aloud stopped: the voice reported “{why}”.',
  /** The Listen bar, where the screen cannot be kept on. */
  wakeRefused: 'The screen may go dark and stop the voice: keep it on, or plug the phone in.',
  /** Status once the last sentence is read. */
  end: 'The end of the article.',
  /** The lock screen's album line (Media Session), under the article's title. */
  mediaAlbum: 'Belt and Road in Central Asia',
  /** Language names, as {language} in missingVoice. */
  languageEn: 'English',
  languageRu: 'Russian',
  languageTg: 'Tajik',
  /** The Listen bar (a toolbar at the bottom of the screen) and its buttons. */
  bar: 'Listening',
  back: 'Back to the voice',
  highlight: 'Highlight',
  highlightTitle: 'Highlight the sentence being read',
  stop: 'Stop listening',
  /** Voice and Speed in Reading settings. */
  settingsLegend: 'Listen',
  voice: 'Voice',
  voiceAutomatic: 'Automatic (a voice on this device)',
  voiceLooking: 'Looking for voices…',
  voiceNone: 'This device has no voice for English.',
  /** After the name of a voice that is not on the device. */
  voiceOnline: '{name} (needs a connection)',
  speed: 'Speed',
  /** One choice of Speed: {rate} times the voice's normal pace. */
  speedValue: '{rate}×',
  /** Said (not shown) before a photo's caption, so the listener knows it is not running text. */
  spokenCaption: 'Photo caption:',
  /** Said instead of a stand-in picture's note: the edition speaks here, in its own words, never as the author. */
  spokenStandIn: 'A note from this edition: the picture here is a stand-in, not the author’s photo.',
} as const;

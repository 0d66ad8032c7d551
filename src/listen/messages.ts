// Lazy (Listen chunk): the words Listen shows or says, in one place so they can move into a message catalogue.

/** What Listen tells the reader (the Listen bar, alerts, the lock screen). */
export const TEXT = {
  looking: 'Looking for this device’s voices…',
  noVoice:
    'This device has no voice to read aloud with. Install a text-to-speech voice in the system settings, then try again.',
  missingVoice: (lang: string) => `This device has no ${lang} voice, so the ${lang} text cannot be read aloud.`,
  offerEnglish: 'Listen in English',
  failed: (why: string) => `Reading aloud stopped: the voice reported “${why}”.`,
  wakeRefused: 'The screen may go dark and stop the voice: keep it on, or plug the phone in.',
  end: 'The end of the article.',
  mediaAlbum: 'Belt and Road in Central Asia',
} as const;

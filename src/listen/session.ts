// Lazy (Listen chunk): reads the article aloud, one utterance per sentence, and keeps the page in step.
import { createStore } from '../shared/store.ts';
import { savePosition } from '../storage/reading-position.ts';
import { articleEl, articleMeta, barBottom, textModel } from '../reader/controllers/article.ts';
import { highlightNow } from '../reader/controllers/highlights.ts';
import { getState, type Notice, notify, setState } from '../reader/store.ts';
import { TRANSLATION_LANGS, type TranslationLang } from '../i18n/languages.ts';
import { uiLanguage } from '../i18n/runtime.ts';
import { listenText as t } from '../i18n/text/listen.ts';
import { articleBlocks, type Block, readingScript, type Sentence, sentenceRange, translationBlocks } from './script.ts';
import { showSentence } from './show.ts';
import { chooseVoice, languageName, loadVoices, primaryLang } from './voices.ts';

/** What the Listen bar shows; the app store only holds `listening` (the toolbar's toggle reads it). */
export interface ListenUi {
  /** The sentence being read (or where reading paused). */
  current: Sentence | null;
  /** False once the reader scrolled the sentence out of view: `Back to the voice` appears. */
  following: boolean;
  /** Whether the screen is kept on: refused is said in the bar. */
  wakeLock: 'held' | 'refused' | 'idle';
  message: string;
}

export const ui = createStore<ListenUi>({ current: null, following: true, wakeLock: 'idle', message: '' });

let script: Sentence[] = [];
let index = 0;
let voices: SpeechSynthesisVoice[] = [];
/** The utterance whose events still count: events of a cancelled one (Chromium fires `end` or `error`) are ignored. */
let current: SpeechSynthesisUtterance | null = null;
let lock: WakeLockSentinel | null = null;
/** Where following the voice last scrolled the page: any other scroll position was the reader's doing. */
let scrolledTo = Number.NaN;

const status = () => getState().listening;
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Presses `Listen`: starts, pauses, or resumes at the sentence that was interrupted. */
export function toggle(): void {
  const now = status();
  if (now === 'playing') pause();
  else if (now === 'paused') resume();
  else if (now === 'off') void start(chosenBlocks());
  // A second press while the voices are still being looked for changes the reader's mind: nothing starts.
  else setState({ listening: 'off' });
}

/** The author's text, each block in the language its `lang` attribute gives. */
const authorBlocks = (): Block[] => articleBlocks(articleEl(), textModel());
/** The author's text read with an English voice: what a missing voice's alert offers. */
const englishBlocks = (): Block[] => authorBlocks().map((b) => ({ ...b, lang: 'en' }));
/** Set once the reader took the English a missing voice's alert offered: later presses read English too. */
let englishChosen = false;

/**
 * The translation Listen reads instead of the author's text: the interface language's own, when the interface
 * is Russian or Tajik, translations are shown (`data-translation="on"`) and the page has them.
 */
function shownTranslation(): TranslationLang | null {
  const lang = uiLanguage();
  if (!(TRANSLATION_LANGS as readonly string[]).includes(lang)) return null;
  if (document.documentElement.getAttribute('data-translation') !== 'on') return null;
  return articleEl().querySelector(`.tr[lang="${lang}"]`) ? (lang as TranslationLang) : null;
}

/** What a press of `Listen` reads: the shown translation, else the author's text (or English, once chosen). */
function chosenBlocks(): () => Block[] {
  const lang = englishChosen ? null : shownTranslation();
  return lang ? () => translationBlocks(articleEl(), textModel(), lang) : englishChosen ? englishBlocks : authorBlocks;
}

/** The translation being read (null: the author's text), to notice when the reader turns translations off or on. */
let readingTranslation: TranslationLang | null = null;

/**
 * Turning translations on or off while listening changes what a press reads: the voice stops and, if it was
 * reading, starts again in the new choice at the paragraph it was reading (a hidden translation has no place on
 * screen to show or follow, and the page has just changed height, so the screen's top says little).
 */
new MutationObserver(() => {
  const was = status();
  if (was === 'off' || was === 'loading') return;
  if ((englishChosen ? null : shownTranslation()) === readingTranslation) return;
  const at = ui.get().current?.paragraphId;
  stop();
  if (was === 'playing') void start(chosenBlocks(), at);
}).observe(document.documentElement, { attributes: true, attributeFilter: ['data-translation'] });

/**
 * Starts reading `blocks` at the sentence at the top of the screen (or at paragraph `paragraphId`). Says so,
 * never silently, when there is no voice to read with, or none for a language of the text (then offering the
 * author's text in English). When the voices are already known, the first utterance is spoken before this
 * returns, so inside the reader's tap (iOS Safari may refuse speech started outside one).
 */
async function start(blocks: () => Block[], paragraphId?: string): Promise<void> {
  const known = 'speechSynthesis' in window ? speechSynthesis.getVoices() : [];
  if (known.length > 0) voices = known;
  else {
    setState({ listening: 'loading' });
    ui.set({ message: t('looking') });
    voices = await loadVoices();
    ui.set({ message: '' });
    if (status() !== 'loading') return;
  }
  if (voices.length === 0) {
    setState({ listening: 'off' });
    showAlert({ kind: 'alert', text: t('noVoice') });
    return;
  }
  readingTranslation = englishChosen ? null : shownTranslation();
  script = readingScript(blocks());
  const at = paragraphId ? script.findIndex((s) => s.paragraphId === paragraphId) : -1;
  index = at >= 0 ? at : startIndex(script);
  const missing = script.slice(index).find((s) => !chooseVoice(voices, s.lang, ''))?.lang;
  if (missing) {
    setState({ listening: 'off' });
    const english = primaryLang(missing) !== 'en' && chooseVoice(voices, 'en', '');
    showAlert({
      kind: 'alert',
      text: t('missingVoice', { language: languageName(missing) }),
      action: english ? { label: t('offerEnglish'), run: chooseEnglish } : undefined,
    });
    return;
  }
  dismiss();
  ui.set({ following: true });
  watchScrolling();
  resume();
}

/** The missing-voice alert's offer: the author's text in an English voice, now and on later presses. */
function chooseEnglish(): void {
  englishChosen = true;
  void start(englishBlocks);
}

/** The last alert Listen showed: taken away once reading starts, since it no longer applies. */
let alerted: Notice | null = null;

function showAlert(notice: Notice): void {
  alerted = notice;
  notify(notice);
}

function dismiss(): void {
  if (alerted && getState().notice === alerted) setState({ notice: null });
  alerted = null;
}

/** Pauses at the sentence being read: it is cancelled, and resuming reads it again from its start. */
function pause(): void {
  setState({ listening: 'paused' });
  current = null;
  speechSynthesis.cancel();
  void releaseWakeLock();
  if ('mediaSession' in navigator) navigator.mediaSession.playbackState = 'paused';
}

/** Resumes at the interrupted sentence. */
function resume(): void {
  setState({ listening: 'playing' });
  ui.set({ following: true });
  void keepScreenOn();
  showMediaSession();
  speakAt(index);
}

/** Stops listening altogether: nothing is shown any more; the next press starts at the top of the screen. */
export function stop(): void {
  setState({ listening: 'off' });
  current = null;
  speechSynthesis.cancel();
  showSentence(null);
  ui.set({ current: null, following: true });
  void releaseWakeLock();
  if ('mediaSession' in navigator) navigator.mediaSession.playbackState = 'none';
}

/**
 * The first sentence to read: the start when the title is on screen, else the first sentence that begins
 * below the app bar (the one the reader sees first), else the start.
 */
function startIndex(list: readonly Sentence[]): number {
  const bar = barBottom();
  const title = articleEl().querySelector('h1');
  if (title && title.getBoundingClientRect().bottom > bar) return 0;
  const found = list.findIndex((s) => {
    const top = sentenceRange({ el: s.el, start: s.start, end: Math.min(s.start + 1, s.end) })?.getBoundingClientRect()
      .top;
    return top !== undefined && top >= bar - 2 && top < window.innerHeight;
  });
  return Math.max(0, found);
}

/** One utterance per sentence: Android's pause() acts as cancel() and many voices send no boundary events. */
function speakAt(i: number): void {
  const s = script[i];
  if (!s) {
    stop();
    notify({ kind: 'status', text: t('end') });
    return;
  }
  index = i;
  show(s);
  const u = new SpeechSynthesisUtterance(s.speak);
  u.lang = s.lang;
  u.voice = chooseVoice(voices, s.lang, getState().settings.voice);
  u.rate = getState().settings.speechRate;
  u.onstart = () => {
    if (current !== u) return;
    performance.mark('bri:listen-start');
    void followVoice(s);
  };
  u.onend = () => {
    if (current === u && status() === 'playing') speakAt(i + 1);
  };
  u.onerror = (e) => {
    if (current !== u || e.error === 'interrupted' || e.error === 'canceled') return;
    stop();
    showAlert({ kind: 'alert', text: t('failed', { why: e.error }) });
  };
  current = u;
  // A queue left paused by the page or the system would hold every new utterance back.
  if (speechSynthesis.paused) speechSynthesis.resume();
  speechSynthesis.speak(u);
}

/** Shows the sentence and, unless the reader scrolled away, scrolls it into view. */
function show(s: Sentence): void {
  showSentence(() => sentenceRange(s));
  ui.set({ current: s });
  if (ui.get().following) scrollToSentence(s);
}

/** Keeps the sentence between the app bar and the lower fifth of the screen; scrolls only when it leaves that. */
function scrollToSentence(s: Sentence, always = false): void {
  const box = sentenceRange(s)?.getBoundingClientRect();
  if (!box) return;
  const bar = barBottom();
  if (!always && box.top >= bar + 4 && box.bottom <= window.innerHeight * 0.8) return;
  window.scrollTo({ top: window.scrollY + box.top - bar - 16, behavior: 'instant' });
  scrolledTo = window.scrollY;
}

/** `Back to the voice`: follows the sentence being read again. */
export function backToVoice(): void {
  const s = ui.get().current;
  ui.set({ following: true });
  if (s) scrollToSentence(s, true);
}

let watching = false;
/** A scroll the app did not make is the reader's: once the sentence is out of view, the page stops following. */
function watchScrolling(): void {
  if (watching) return;
  watching = true;
  window.addEventListener(
    'scroll',
    () => {
      const s = ui.get().current;
      if (!s || status() === 'off' || Math.abs(window.scrollY - scrolledTo) < 2) return;
      const box = sentenceRange(s)?.getBoundingClientRect();
      const inView = !!box && box.bottom > barBottom() && box.top < window.innerHeight;
      if (inView !== ui.get().following) ui.set({ following: inView });
    },
    { passive: true },
  );
}

/** The reading position follows the voice: reopening the app returns to the last sentence heard. */
async function followVoice(s: Sentence): Promise<void> {
  if (!s.paragraphId) return;
  // A translation's sentence has no offset in the author's paragraph: its paragraph's start stands for it.
  const offset = s.modelStart === undefined ? 0 : s.start;
  // Best effort, once a sentence: where storage cannot save, the reader was told at start-up, not every sentence.
  await savePosition({ paragraphId: s.paragraphId, offset, updated: new Date().toISOString() }).catch(() => undefined);
}

/**
 * Highlight what I just heard: the sentence being read (or where reading paused) becomes a highlight. Only
 * the author's text can be highlighted: a translation's sentence has no place in the text model.
 */
export async function highlightHeard(): Promise<void> {
  const s = ui.get().current;
  if (s?.modelStart === undefined || s.modelEnd === undefined) return;
  await highlightNow({ start: s.modelStart, end: s.modelEnd });
}

/**
 * Keeps the screen on while the voice reads (mobile browsers stop speech when the screen sleeps). The lock
 * is dropped by the system whenever the page is hidden, so it is asked for again when the page returns.
 */
async function keepScreenOn(): Promise<void> {
  if (lock && !lock.released) return;
  try {
    if (!('wakeLock' in navigator)) throw new Error('no Screen Wake Lock API');
    lock = await navigator.wakeLock.request('screen');
    if (status() !== 'playing') return void releaseWakeLock();
    ui.set({ wakeLock: 'held' });
  } catch {
    ui.set({ wakeLock: status() === 'playing' ? 'refused' : 'idle' });
  }
}

async function releaseWakeLock(): Promise<void> {
  const held = lock;
  lock = null;
  ui.set({ wakeLock: 'idle' });
  await held?.release().catch(() => undefined);
}

document.addEventListener('visibilitychange', () => {
  if (document.visibilityState === 'visible' && status() === 'playing') void keepScreenOn();
});

/** Title and play/pause on the lock screen, where the engine offers the Media Session for speech. */
function showMediaSession(): void {
  if (!('mediaSession' in navigator)) return;
  const meta = articleMeta();
  // Read in translation, the lock screen names the article as the listener hears it.
  const heard = script[0]?.kind === 'title' && script[0].lang !== 'en' ? script[0] : null;
  const title = heard ? squash(heard.el.textContent ?? '') || meta.title : meta.title;
  const session = navigator.mediaSession;
  if (typeof MediaMetadata === 'function' && session.metadata?.title !== title) {
    session.metadata = new MediaMetadata({ title, artist: meta.author, album: t('mediaAlbum') });
  }
  session.playbackState = 'playing';
  try {
    session.setActionHandler('play', () => status() === 'paused' && resume());
    session.setActionHandler('pause', () => status() === 'playing' && pause());
    session.setActionHandler('stop', stop);
  } catch {
    // An engine that knows Media Session but not one of these actions throws; the others still work.
  }
}

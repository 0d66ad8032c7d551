/**
 * Listen, with the real speech engine: Chromium's voices come from speech-dispatcher + espeak-ng and every
 * utterance really starts and ends in a PulseAudio null sink (tests/e2e/speech.ts). Guards against what
 * readers meet in other apps' read-aloud: reading in the wrong order or reading the edition's notes as the
 * author's words, pause that forgets where it was (Android's pause() acts as cancel()), a highlight of the
 * sentence being read that changes the text or the reader's own highlights, a silent button when a voice is
 * missing, and a place that is lost when the app is reopened.
 *
 * What the page asks the engine to say is recorded by wrapping `speechSynthesis.speak` (the engine still
 * speaks every utterance; the record only keeps its text, voice and the engine's own start/end events).
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { chromium } from '@playwright/test';
import { listenText } from '../../src/i18n/text/listen.ts';
import { highlightButton, touchSelect, waitUntilOffline } from './annotate.ts';
import { VOICES_TIMEOUT_MS } from '../../src/listen/voices.ts';
import { CHROMIUM_LAUNCH } from './chromium.ts';
import { expect, test as base } from './fixtures.ts';
import { type SpeechRig, startSpeechRig } from './speech.ts';

/** Listen's words as an English reader sees and hears them. */
const en = listenText.in('en');

interface Spoken {
  text: string;
  lang: string;
  voice: string | null;
  voiceLang: string | null;
  local: boolean | null;
  /** "click" when the page called speak() inside a click listener itself (see `markClickListeners`). */
  during: string | null;
  rate: number;
  events: string[];
}

// biome-ignore lint/complexity/noBannedTypes: Playwright's extend takes the test-scoped fixtures first; there are none.
const test = base.extend<{}, { rig: SpeechRig }>({
  rig: [
    // biome-ignore lint/correctness/noEmptyPattern: Playwright reads a fixture's dependencies from this pattern.
    async ({}, use) => {
      const rig = await startSpeechRig();
      await use(rig);
      await rig.stop();
    },
    { scope: 'worker' },
  ],
  browser: [
    async ({ rig }, use) => {
      const browser = await chromium.launch(rig.launch);
      // Warm the engine up once per worker: speech-dispatcher's first start lists 13,000 voices and can take
      // longer than the app waits for a voice list (VOICES_TIMEOUT_MS) on this shared machine.
      const warm = await browser.newPage();
      await warm.waitForFunction(() => speechSynthesis.getVoices().length > 0, null, { timeout: 90_000, polling: 250 });
      await warm.close();
      await use(browser);
      await browser.close();
    },
    { scope: 'worker', timeout: 120_000 },
  ],
});

test.describe.configure({ timeout: 120_000 });

test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => {
    const log: Spoken[] = [];
    (window as unknown as { __spoken: Spoken[] }).__spoken = log;
    const speak = speechSynthesis.speak.bind(speechSynthesis);
    speechSynthesis.speak = (u: SpeechSynthesisUtterance) => {
      const rec: Spoken = {
        text: u.text,
        lang: u.lang,
        voice: u.voice?.name ?? null,
        voiceLang: u.voice?.lang ?? null,
        local: u.voice?.localService ?? null,
        during: (window as unknown as { __inListener?: string }).__inListener ?? null,
        rate: u.rate,
        events: [],
      };
      log.push(rec);
      u.addEventListener('start', () => rec.events.push('start'));
      u.addEventListener('end', () => rec.events.push('end'));
      u.addEventListener('error', (e) => rec.events.push(`error:${e.error}`));
      speak(u);
    };
  });
});

const spoken = (page: Page) => page.evaluate(() => (window as unknown as { __spoken: Spoken[] }).__spoken);
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
const listen = (page: Page, name = 'Listen') => page.getByRole('button', { name, exact: true });

/**
 * Presses `Listen` where it is on screen, as a finger does. (Playwright's locator.click() first scrolls the
 * sticky app bar's button "into view", which moves the page and so where reading starts.)
 */
async function pressListen(page: Page, name = 'Listen'): Promise<void> {
  const box = await listen(page, name).boundingBox();
  if (!box) throw new Error('no Listen button on screen');
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
}

/** Waits until the engine has started the `n`th utterance (1-based) and returns the record so far. */
async function startedCount(page: Page, n: number, timeout = 60_000): Promise<Spoken[]> {
  await expect
    .poll(async () => (await spoken(page)).filter((s) => s.events.includes('start')).length, { timeout })
    .toBeGreaterThanOrEqual(n);
  return spoken(page);
}

/** The text of the sentence shown as being read (the CSS Custom Highlight, or the fallback wrappers). */
const shownSentence = (page: Page) =>
  page.evaluate(() => {
    const h = typeof Highlight === 'function' ? CSS.highlights.get('listen-sentence') : undefined;
    const ranges = h ? ([...h] as Range[]) : [];
    const text = ranges.length
      ? ranges.map((r) => r.toString()).join('')
      : [...document.querySelectorAll('.listen-sentence')].map((e) => e.textContent).join('');
    return text.replace(/\s+/g, ' ').trim();
  });

/** Scrolls so the sentence beginning with `phrase` is the first one that starts under the app bar. */
async function scrollSentenceToTop(page: Page, phrase: string): Promise<void> {
  await page.evaluate((phrase) => {
    const article = document.getElementById('article') as HTMLElement;
    const walker = document.createTreeWalker(article, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      const at = node.data.replace(/\s/g, ' ').indexOf(phrase);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + 1);
      const bar = (document.getElementById('app-bar') as HTMLElement).getBoundingClientRect().bottom;
      window.scrollTo({ top: window.scrollY + range.getBoundingClientRect().top - bar - 6, behavior: 'instant' });
      return;
    }
    throw new Error(`"${phrase}" is not in the article`);
  }, phrase);
}

async function open(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await expect(page.locator('#toolbar-root button').first()).toBeVisible();
}

test('reads sentence by sentence across a paragraph end and a figure; the caption as a caption, never the stand-in note', async ({
  page,
  server,
}) => {
  await open(page, server.url);
  await scrollSentenceToTop(page, 'However, the first steps to normalization');
  await pressListen(page);
  await expect(listen(page)).toHaveAttribute('aria-pressed', 'true');
  const log = await startedCount(page, 5);
  const texts = log.map((s) => s.text);
  expect(texts.slice(0, 4)).toEqual([
    'However, the first steps to normalization have been made.',
    'Photo caption: Mountain Pass, Tajikistan.',
    'Photo by Maria Danilovich.',
    en('spokenStandIn'),
  ]);
  expect(texts[4]).toMatch(
    /^If we ask ourselves whether it is still possible for CA states to avoid further increase of/,
  );
  // The author's no-break spaces are plain spaces to the voice; the stand-in note's own words are never said.
  expect(texts.join(' ')).not.toContain('\u00a0');
  expect(texts.join(' ')).not.toContain('drawn by this edition because');
  for (const s of log.slice(0, 4)) expect(s.events, `"${s.text}" was spoken to its end`).toEqual(['start', 'end']);
  for (const s of log) {
    expect(s.lang).toBe('en');
    expect(s.voice, 'an English voice of the device').toMatch(/^English/);
    expect(s.local, 'a voice that works offline').toBe(true);
  }
  await pressListen(page);
  await expect(listen(page)).toHaveAttribute('aria-pressed', 'false');
});

test('pauses and resumes at the interrupted sentence, showing it and keeping it in view', async ({ page, server }) => {
  await open(page, server.url);
  await scrollSentenceToTop(page, 'While China’s ambitious project');
  await pressListen(page);
  let log = await startedCount(page, 2);
  const second = 'I also try to assess the actual space and limits faced by the Central Asian states';
  expect(log[1]?.text).toMatch(new RegExp(`^${second}`));
  await expect.poll(() => shownSentence(page)).toMatch(new RegExp(`^${second}.*international environment\\.$`));
  // Media Session shows the title and the state on the lock screen.
  expect(
    await page.evaluate(() => [navigator.mediaSession.metadata?.title, navigator.mediaSession.playbackState]),
  ).toEqual([
    'China’s Belt and Road Initiative in Central Asia: A New Formula for Regional Success Guaranteed',
    'playing',
  ]);

  // The screen is kept on where the engine grants it; where it refuses, the bar says so.
  const granted = await page.evaluate(() =>
    navigator.wakeLock.request('screen').then(
      (lock) => lock.release().then(() => true),
      () => false,
    ),
  );
  await expect(page.getByText(en('wakeRefused'))).toHaveCount(granted ? 0 : 1);

  await pressListen(page);
  await expect(listen(page)).toHaveAttribute('aria-pressed', 'false');
  expect(await page.evaluate(() => navigator.mediaSession.playbackState)).toBe('paused');
  await expect.poll(() => page.evaluate(() => speechSynthesis.speaking)).toBe(false);
  await page.waitForTimeout(1500);
  const paused = (await spoken(page)).length;
  expect(paused, 'nothing new is said while paused').toBe(log.length);
  expect(await shownSentence(page), 'the interrupted sentence stays shown').toMatch(new RegExp(`^${second}`));

  await pressListen(page);
  await expect(listen(page)).toHaveAttribute('aria-pressed', 'true');
  log = await startedCount(page, 3);
  expect(log[paused]?.text, 'resumes at the interrupted sentence, from its start').toBe(log[1]?.text);
  const box = await page.evaluate(() => {
    const h = CSS.highlights.get('listen-sentence');
    const r = h ? ([...h][0] as Range).getBoundingClientRect() : null;
    return r && { top: r.top, bottom: r.top + 10, height: window.innerHeight };
  });
  expect(box && box.top > 0 && box.bottom < box.height, 'the sentence is on screen').toBe(true);
});

test('the reader scrolls away: the page stops following until `Back to the voice`', async ({ page, server }) => {
  await open(page, server.url);
  await scrollSentenceToTop(page, 'The BRI as a framework');
  await pressListen(page);
  await startedCount(page, 1);
  // The reader goes back to the title (the end of the page would move as the map below draws itself).
  await page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
  const back = page.getByRole('button', { name: 'Back to the voice' });
  await expect(back).toBeVisible();
  const y = await page.evaluate(() => window.scrollY);
  await startedCount(page, 2);
  expect(await page.evaluate(() => window.scrollY), 'the page stays where the reader put it').toBe(y);
  await back.click();
  await expect(back).toBeHidden();
  const top = await page.evaluate(() => {
    const h = CSS.highlights.get('listen-sentence');
    return h ? ([...h][0] as Range).getBoundingClientRect().top : -1;
  });
  expect(top).toBeGreaterThan(0);
  expect(top).toBeLessThan(844);
  await page.getByRole('button', { name: 'Stop listening' }).click();
});

test('`Highlight` while listening highlights the sentence being read, and leaves the text model alone', async ({
  page,
  server,
}) => {
  await open(page, server.url);
  const before = await page.evaluate(() => document.getElementById('article')?.textContent);
  await scrollSentenceToTop(page, 'The recent signs of regional');
  await pressListen(page);
  const log = await startedCount(page, 1);
  expect(log[0]?.text).toMatch(/^The recent signs of regional engagement/);
  const barAxe = await new AxeBuilder({ page }).include('#listen-root').include('#app-bar').analyze();
  expect(barAxe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
  await page.getByRole('toolbar', { name: 'Listening' }).getByRole('button', { name: 'Highlight' }).click();
  const mark = page.locator('#article mark');
  await expect(mark).toHaveCount(1);
  expect(squash((await mark.textContent()) ?? '')).toBe(
    'The recent signs of regional engagement in Central Asia suggest that the process of new institutional designing for the region has been officially launched.',
  );
  expect(await page.evaluate(() => document.getElementById('article')?.textContent)).toBe(before);
  // The highlight is saved like any other: it is listed and survives a reload.
  await pressListen(page);
  await page.reload();
  await expect(page.locator('#article mark')).toHaveCount(1);
});

test('without the CSS Custom Highlight API, a wrapper shows the sentence and leaves the DOM and the reader’s marks as they were', async ({
  page,
  server,
}) => {
  await page.addInitScript(() => {
    // As in engines without the API (Firefox before 140, Safari before 17.2).
    delete (window as unknown as { Highlight?: unknown }).Highlight;
  });
  await open(page, server.url);
  // The reader's own highlight inside the sentence that will be read.
  await touchSelect(page, 'solid foundation');
  await highlightButton(page).click();
  await expect(page.locator('#article mark')).toHaveText('solid foundation');
  await scrollSentenceToTop(page, 'Strategic partnerships with');
  const before = await page.evaluate(() => document.getElementById('article')?.innerHTML);
  await pressListen(page);
  await startedCount(page, 1);
  await expect(page.locator('#article .listen-sentence')).not.toHaveCount(0);
  expect(await shownSentence(page)).toBe(
    'Strategic partnerships with the Central Asian states laid a solid foundation for the further promotion of China’s initiative in Eurasia.',
  );
  await expect(page.locator('#article mark'), 'the reader’s mark is untouched').toHaveText('solid foundation');
  expect(
    await page.evaluate(() => document.getElementById('article')?.textContent),
    'the text model (textContent) is untouched',
  ).toBe(
    await page.evaluate((html) => {
      const div = document.createElement('div');
      div.innerHTML = html ?? '';
      return div.textContent;
    }, before),
  );
  await page.getByRole('button', { name: 'Stop listening' }).click();
  await expect(page.locator('#article .listen-sentence')).toHaveCount(0);
  expect(await page.evaluate(() => document.getElementById('article')?.innerHTML)).toBe(before);
});

test.describe('with the network gone', () => {
  // With the server stopped, Chromium logs the service worker's failed update check; that is the point.
  test.use({ allowedConsoleErrors: [/Failed to (load resource|fetch|update)/i, /ERR_CONNECTION_REFUSED/] });

  test('Listen loads from the offline copy and reads aloud', async ({ page, server }) => {
    await open(page, server.url);
    await waitUntilOffline(page);
    await server.stop();
    await page.reload();
    await scrollSentenceToTop(page, 'The BRI as a framework');
    await pressListen(page);
    const log = await startedCount(page, 1);
    expect(log[0]?.text).toMatch(/^The BRI as a framework which practically relies/);
    await pressListen(page);
  });
});

test('a language with no voice on the device (Tajik here) gets an alert offering English, never silence', async ({
  page,
  server,
}) => {
  await open(page, server.url);
  // The voice follows the text's `lang`, as translations will carry it: here the article claims to be Tajik.
  await page.evaluate(() => document.getElementById('article')?.setAttribute('lang', 'tg'));
  await pressListen(page);
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('This device has no Tajik voice');
  await expect(listen(page)).toHaveAttribute('aria-pressed', 'false');
  expect(await spoken(page)).toEqual([]);
  await alert.getByRole('button', { name: 'Listen in English' }).click();
  const log = await startedCount(page, 1);
  expect(log[0]?.lang).toBe('en');
  expect(log[0]?.voice).toMatch(/^English/);
  await expect(listen(page)).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('alert')).toHaveCount(0);
  await pressListen(page);
});

test('a Russian interface with translations shown reads the Russian translation in a Russian voice, in order, and keeps the place', async ({
  page,
  server,
}) => {
  const ru = listenText.in('ru');
  await open(page, `${server.url}/ru/`);
  await expect(page.locator('html')).toHaveAttribute('data-translation', 'on');
  const english = await page.evaluate(() =>
    [...document.querySelectorAll('#article [data-pid]')].map((p) => p.innerHTML).join('\n'),
  );
  await scrollSentenceToTop(page, 'Однако первые шаги к нормализации');
  await pressListen(page, 'Слушать');
  await expect(listen(page, 'Слушать')).toHaveAttribute('aria-pressed', 'true');
  const log = await startedCount(page, 5);
  expect(log.slice(0, 4).map((s) => s.text)).toEqual([
    'Однако первые шаги к нормализации сделаны.',
    `${ru('spokenCaption')} Горный перевал, Таджикистан.`,
    'Фото Марии Данилович.',
    ru('spokenStandIn'),
  ]);
  expect(log[4]?.text).toMatch(/^Если спросить себя, возможно ли ещё для государств ЦА/);
  for (const s of log.slice(0, 4)) expect(s.events, `"${s.text}" was spoken to its end`).toEqual(['start', 'end']);
  for (const s of log) {
    expect(s.lang).toBe('ru');
    expect(s.voiceLang?.split(/[-_]/)[0], `"${s.text}" in a Russian voice (${s.voice})`).toBe('ru');
    expect(s.local, 'a voice that works offline').toBe(true);
  }
  // The sentence is shown inside the Russian translation, never in the author's text; no marks, no wrappers.
  await expect
    .poll(() =>
      page.evaluate(() => {
        const range = [...(CSS.highlights.get('listen-sentence') ?? [])][0] as Range | undefined;
        const el = range?.commonAncestorContainer.parentElement?.closest('.tr');
        return el ? `${el.getAttribute('lang')}:${el.getAttribute('data-tr')}` : null;
      }),
    )
    .toBe('ru:p-if-we-ask-ourselves-whether');
  await expect(shownSentence(page)).resolves.toMatch(/^Если спросить себя/);
  const bar = page.getByRole('toolbar', { name: ru('bar') });
  await expect(bar.getByRole('button', { name: ru('stop') })).toBeVisible();
  await expect(
    bar.getByRole('button', { name: ru('highlight') }),
    'only the author’s text takes highlights',
  ).toHaveCount(0);
  const axe = await new AxeBuilder({ page }).include('#listen-root').include('#app-bar').analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
  expect(
    await page.evaluate(() => [...document.querySelectorAll('#article [data-pid]')].map((p) => p.innerHTML).join('\n')),
    'the author’s paragraphs are exactly as they were',
  ).toBe(english);

  // The place saved is the English paragraph the translation belongs to: reopening starts at its translation.
  await pressListen(page, 'Слушать');
  await expect(listen(page, 'Слушать')).toHaveAttribute('aria-pressed', 'false');
  await page.waitForTimeout(500);
  await page.reload();
  await expect.poll(() => page.evaluate(() => window.scrollY), 'the saved place is restored').toBeGreaterThan(1000);
  await pressListen(page, 'Слушать');
  const again = await startedCount(page, 1);
  expect(again[0]?.text).toMatch(/^Если спросить себя/);
  await pressListen(page, 'Слушать');
});

test('without the Highlight API, the translated sentence is wrapped inside the translation, never in the author’s text', async ({
  page,
  server,
}) => {
  await page.addInitScript(() => {
    delete (window as unknown as { Highlight?: unknown }).Highlight;
  });
  await open(page, `${server.url}/ru/`);
  const html = () => page.evaluate(() => document.getElementById('article')?.innerHTML);
  await scrollSentenceToTop(page, 'Стратегическое партнёрство с государствами');
  const before = await html();
  await pressListen(page, 'Слушать');
  await startedCount(page, 1);
  expect(await shownSentence(page)).toMatch(/^Стратегическое партнёрство.*в Евразии\.$/);
  const wrapped = page.locator('#article .listen-sentence');
  await expect(wrapped.first()).toBeVisible();
  const where = await wrapped.evaluateAll((spans) =>
    spans.map((s) => s.closest('.tr')?.getAttribute('lang') ?? 'author'),
  );
  expect(new Set(where), 'every wrapper is inside the Russian translation').toEqual(new Set(['ru']));
  await expect(page.locator('#article [data-pid] .listen-sentence')).toHaveCount(0);
  await page.getByRole('button', { name: listenText.in('ru')('stop') }).click();
  await expect(wrapped).toHaveCount(0);
  expect(await html(), 'the page is exactly as before').toBe(before);
});

test('turning the translations off while a translation is read goes on in the author’s English', async ({
  page,
  server,
}) => {
  await open(page, `${server.url}/ru/`);
  await scrollSentenceToTop(page, 'BRI как рамка, которая');
  await pressListen(page, 'Слушать');
  const log = await startedCount(page, 1);
  expect(log[0]).toMatchObject({ lang: 'ru' });
  expect(log[0]?.text).toMatch(/^BRI как рамка/);
  await page.getByRole('button', { name: 'Перевод', exact: true }).click();
  await expect(page.locator('html')).toHaveAttribute('data-translation', 'off');
  const next = await startedCount(page, 2);
  expect(next.at(-1)?.lang).toBe('en');
  expect(next.at(-1)?.voice).toMatch(/^English/);
  // At the author's paragraph that was being read, shown in the author's text.
  expect(next.at(-1)?.text).toMatch(/^The BRI as a framework/);
  await expect.poll(() => shownSentence(page)).toMatch(/^The BRI as a framework/);
  await expect(listen(page, 'Слушать')).toHaveAttribute('aria-pressed', 'true');
  await pressListen(page, 'Слушать');
});

test('a Tajik interface: no Tajik voice on the device is said in Tajik, in an alert offering the English, which then reads', async ({
  page,
  server,
}) => {
  const tg = listenText.in('tg');
  await open(page, `${server.url}/tg/`);
  await expect(page.locator('html')).toHaveAttribute('data-translation', 'on');
  await pressListen(page, 'Гӯш кардан');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText(tg('missingVoice', { language: tg('languageTg') }));
  await expect(listen(page, 'Гӯш кардан')).toHaveAttribute('aria-pressed', 'false');
  expect(await spoken(page), 'nothing is read in a voice of another language').toEqual([]);
  await alert.getByRole('button', { name: tg('offerEnglish') }).click();
  const log = await startedCount(page, 1);
  // The author's text from the top (the title is on screen), in an English voice.
  expect(log[0]).toMatchObject({
    text: 'China’s Belt and Road Initiative in Central Asia: A New Formula for Regional Success Guaranteed',
    lang: 'en',
  });
  expect(log[0]?.voice).toMatch(/^English/);
  await expect(page.getByRole('alert')).toHaveCount(0);
  // Stopped and pressed again, it keeps to the English the reader chose: no second alert.
  await page.getByRole('button', { name: tg('stop') }).click();
  const before = (await spoken(page)).length;
  await pressListen(page, 'Гӯш кардан');
  const next = await startedCount(page, before + 1);
  expect(next[before]?.lang).toBe('en');
  await expect(page.getByRole('alert')).toHaveCount(0);
  await pressListen(page, 'Гӯш кардан');
});

test('Voice and Speed are remembered, and reopening returns to the last sentence heard', async ({ page, server }) => {
  await open(page, server.url);
  await page.getByRole('button', { name: 'Reading settings' }).click();
  const dialog = page.getByRole('dialog', { name: 'Reading settings' });
  const voice = dialog.getByRole('combobox', { name: 'Voice' });
  await expect(voice).toBeEnabled();
  const options = await voice.locator('option').allTextContents();
  const british = options.find((o) => o.startsWith('English (Great Britain)'));
  expect(british, `a British English voice among ${options.length} options`).toBeTruthy();
  await voice.selectOption({ label: british as string });
  await dialog.getByRole('combobox', { name: 'Speed' }).selectOption('1.5');
  const settingsAxe = await new AxeBuilder({ page }).include('dialog[open]').analyze();
  expect(settingsAxe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
  await dialog.getByRole('button', { name: 'Close' }).click();

  await scrollSentenceToTop(page, 'The scope to which such an engagement');
  await pressListen(page);
  let log = await startedCount(page, 2);
  expect(log[0]).toMatchObject({ voice: british, rate: 1.5 });
  const heard = log[1]?.text ?? '';
  expect(heard).toMatch(/^However, the first steps/);
  await pressListen(page);
  // The place is saved by the time the sentence starts; reopen the app.
  await page.waitForTimeout(500);
  await page.reload();
  await expect(listen(page)).toBeVisible();
  await expect.poll(() => page.evaluate(() => window.scrollY), 'the saved place is restored').toBeGreaterThan(1000);
  await pressListen(page);
  log = await startedCount(page, 1);
  expect(log[0]?.text, 'starts at the last sentence heard').toBe(heard);
  await pressListen(page);
  await page.getByRole('button', { name: 'Reading settings' }).click();
  await expect(dialog.getByRole('combobox', { name: 'Voice' })).toHaveValue(/English \(Great Britain\)/);
  expect(await dialog.getByRole('combobox', { name: 'Speed' }).inputValue()).toBe('1.5');
});

/**
 * Marks the time a click listener runs (`window.__inListener`), and only that: a promise callback queued by
 * the listener runs after it returned, outside (`window.event` would still say "click" there in Chromium).
 */
function markClickListeners(): void {
  const marked = new WeakMap<EventListener, EventListener>();
  const add = EventTarget.prototype.addEventListener;
  const remove = EventTarget.prototype.removeEventListener;
  const win = window as unknown as { __inListener?: string };
  EventTarget.prototype.addEventListener = function (type, fn, options) {
    if (type !== 'click' || typeof fn !== 'function') return add.call(this, type, fn, options);
    let mark = marked.get(fn);
    if (!mark) {
      mark = function (this: unknown, event: Event) {
        const before = win.__inListener;
        win.__inListener = event.type;
        try {
          return fn.call(this, event);
        } finally {
          win.__inListener = before;
        }
      };
      marked.set(fn, mark);
    }
    return add.call(this, type, mark, options);
  };
  EventTarget.prototype.removeEventListener = function (type, fn, options) {
    const mark = typeof fn === 'function' ? marked.get(fn) : undefined;
    return remove.call(this, type, mark ?? fn, options);
  };
}

test.describe('the first press on a phone (iOS Safari may refuse speech started outside the tap)', () => {
  test('the chunk is requested as the finger touches Listen, not before', async ({ page, server }) => {
    const chunks: string[] = [];
    page.on('request', (r) => {
      if (/\/assets\/listen-[^/]+\.js$/.test(r.url())) chunks.push(r.url());
    });
    await open(page, server.url);
    await page.waitForTimeout(500);
    expect(chunks, 'nothing of Listen is loaded before the reader reaches for it').toEqual([]);
    const box = await listen(page).boundingBox();
    if (!box) throw new Error('no Listen button on screen');
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    const requested = page.waitForRequest(/\/assets\/listen-[^/]+\.js$/);
    await page.mouse.down();
    await requested;
    expect(await spoken(page), 'a touch alone says nothing').toEqual([]);
    await page.mouse.up();
    await startedCount(page, 1);
    expect(chunks).toHaveLength(1);
    await pressListen(page);
  });

  test('with the chunk and the voices there, the press speaks within the click itself', async ({ page, server }) => {
    await page.addInitScript(markClickListeners);
    await open(page, server.url);
    const loaded = page.waitForResponse(/\/assets\/listen-[^/]+\.js$/);
    await listen(page).focus();
    await loaded;
    await page.waitForFunction(() => speechSynthesis.getVoices().length > 0, null, { timeout: 60_000 });
    await page.waitForTimeout(300);
    await pressListen(page);
    const log = await startedCount(page, 1);
    expect(log[0]?.during, 'speak() was called while the click was being dispatched').toBe('click');
    // Pausing and resuming are presses too: resuming speaks inside its click as well.
    await pressListen(page);
    await expect(listen(page)).toHaveAttribute('aria-pressed', 'false');
    await pressListen(page);
    const again = await startedCount(page, 2);
    expect(again.at(-1)?.during).toBe('click');
    await pressListen(page);
  });
});

test('a device with no voice at all says so instead of a silent button', async ({ server }) => {
  // Chromium on Linux without --enable-speech-dispatcher offers no voice: a device with no speech engine.
  const browser = await chromium.launch(CHROMIUM_LAUNCH);
  try {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(server.url);
    await listen(page).click();
    await expect(page.getByRole('alert')).toContainText(en('noVoice'), { timeout: VOICES_TIMEOUT_MS + 15_000 });
    await expect(listen(page)).toHaveAttribute('aria-pressed', 'false');
  } finally {
    await browser.close();
  }
});

/**
 * What an engine cannot do is detected and said, never assumed. Guards against: storage details that claim a
 * promise the engine never gave (or hang silently while Firefox waits for the reader's answer); a Share button
 * where there is no share sheet; a shared passage link that opens at the top where text fragments are missing;
 * and an Install button where no browser install prompt exists (beforeinstallprompt is Chromium's alone).
 * Each test records what the engine answered in the report (annotations).
 */
import type { EnginePage } from './driver.ts';
import { expect, test } from './fixtures.ts';
import { highlight, statusText } from './flows.ts';

/** The storage details' text, and whether their `Keep my data` button is absent, enabled or disabled. */
const storageDetails = (tab: EnginePage) =>
  tab.evaluate(() => {
    const keep = Array.from(document.querySelectorAll<HTMLButtonElement>('.storage-details button')).find(
      (b) => b.textContent === 'Keep my data',
    );
    return {
      text: document.querySelector('.storage-details')?.textContent ?? '',
      keep: !keep ? 'absent' : keep.disabled ? 'disabled' : 'enabled',
    };
  });

test('storage persistence: the storage details say what this engine answered', async ({ tab, server }) => {
  await tab.goto(server.url);
  await tab.click({ css: 'button', name: 'Reading settings' });
  const engine = await tab.evaluate(async () => ({
    api: typeof navigator.storage?.persist === 'function',
    persisted: (await navigator.storage?.persisted?.()) ?? null,
  }));
  await expect.poll(async () => (await storageDetails(tab)).text).toMatch(/Kept:|Not guaranteed:|cannot promise/);
  if (!engine.api) {
    test.info().annotations.push({ type: 'persist()', description: 'absent' });
    expect((await storageDetails(tab)).text).toContain('This browser cannot promise to keep your highlights');
    expect((await storageDetails(tab)).keep).toBe('absent');
    return;
  }
  expect((await storageDetails(tab)).text).toContain(engine.persisted ? 'Kept:' : 'Not guaranteed:');
  if (engine.persisted) return;

  // Ask, as the reader does, and watch the engine's own promise settle (or not).
  await tab.evaluate(() => {
    const w = window as unknown as { __persist?: string };
    const persist = navigator.storage.persist.bind(navigator.storage);
    w.__persist = 'not asked';
    navigator.storage.persist = () => {
      w.__persist = 'waiting';
      return persist().then((granted) => {
        w.__persist = granted ? 'granted' : 'refused';
        return granted;
      });
    };
  });
  await tab.click({ css: '.storage-details button', name: 'Keep my data' });
  const state = () =>
    tab.evaluate(() => ({
      persist: (window as unknown as { __persist: string }).__persist,
      asking: Boolean(document.querySelector('.storage-details [role="status"]')),
      text: document.querySelector('.storage-details')?.textContent ?? '',
    }));
  await expect.poll(async () => (await state()).persist).not.toBe('not asked');
  const now = await state();
  test.info().annotations.push({ type: 'persist()', description: now.persist });
  if (now.persist === 'waiting') {
    // Firefox: persist() resolves only once the reader answers its permission prompt. The page says so.
    expect(now.asking, 'the page says the browser may be asking').toBe(true);
    expect(now.text).toContain('answer its question');
    expect((await storageDetails(tab)).keep, 'no second prompt while one is open').toBe('disabled');
  } else {
    await expect.poll(async () => (await state()).asking).toBe(false);
    expect((await state()).text).toContain(now.persist === 'granted' ? 'Kept:' : 'Not guaranteed:');
  }
});

test('Web Share: the highlight offers Share exactly where the engine has a share sheet', async ({ tab, server }) => {
  await tab.goto(server.url);
  await highlight(tab, 'core element of its implementation');
  await tab.click({ css: 'article mark', name: /core element/ });
  const share = await tab.evaluate(() => ({
    api: 'share' in navigator,
    button: Array.from(document.querySelectorAll('.sheet button')).some((b) => b.textContent === 'Share'),
  }));
  test.info().annotations.push({ type: 'navigator.share', description: String(share.api) });
  expect(share.button).toBe(share.api);
});

test('text fragment links open at the passage, by the engine or by the app’s fallback', async ({ tab, server }) => {
  const paragraph = 'p-the-key-to-success-of';
  await tab.goto(`${server.url}/#${paragraph}:~:text=The%20key%20to%20success%20of%20the%20Central%20Asian`);
  const supported = await tab.evaluate(() => 'fragmentDirective' in document);
  test.info().annotations.push({ type: 'text fragments', description: supported ? 'supported' : 'app fallback' });
  await expect
    .poll(() =>
      tab.evaluate((id) => {
        const box = (document.getElementById(id) as HTMLElement).getBoundingClientRect();
        // The passage starts this paragraph: its top is on screen (engines centre the passage).
        return box.top >= -1 && box.top < innerHeight && window.scrollY > 0;
      }, paragraph),
    )
    .toBe(true);
  // An engine with text fragments strips the directive from location.hash; one without leaves it to the app.
  expect(await tab.evaluate(() => location.hash.includes(':~:'))).toBe(!supported);
});

test('no install prompt outside Chromium: no Install button unless the iOS steps apply', async ({ tab, server }) => {
  await tab.goto(server.url);
  await expect.poll(() => statusText(tab)).toMatch(/\S/);
  const install = await tab.evaluate(() => ({
    event: 'onbeforeinstallprompt' in window,
    ios: /iPad|iPhone|iPod/.test(navigator.userAgent),
    button: Boolean(document.querySelector('.install button')),
  }));
  test.info().annotations.push({ type: 'beforeinstallprompt', description: String(install.event) });
  expect(install.event, 'beforeinstallprompt is Chromium’s alone').toBe(false);
  expect(install.button).toBe(install.ios);
});

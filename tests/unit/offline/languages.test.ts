// The offline status, the update prompt, storage details and the storage errors in the page's language. Each
// language gets fresh modules and a page whose <html lang> is that language, loaded as src/reader/main.tsx does,
// so this checks the real path: the page language's core words, nothing else.
import { h } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Language } from '../../../src/i18n/languages.ts';

/** The offline modules, as a page with `<html lang={lang}>` (on an iPhone) loads them. */
async function pageIn(lang: Language) {
  vi.resetModules();
  vi.stubGlobal('document', { documentElement: { lang } });
  vi.stubGlobal('navigator', {
    userAgent:
      'Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Mobile/15E148 Safari/604.1',
    maxTouchPoints: 5,
  });
  const { loadInterface } = await import('../../../src/i18n/runtime.ts');
  await loadInterface();
  return {
    ...(await import('../../../src/offline/OfflineStatus/index.tsx')),
    ...(await import('../../../src/offline/UpdatePrompt/index.tsx')),
    ...(await import('../../../src/offline/StorageDetails/index.tsx')),
    ...(await import('../../../src/offline/missing.ts')),
    ...(await import('../../../src/offline/persistence.ts')),
    ...(await import('../../../src/offline/state.ts')),
    ...(await import('../../../src/storage/errors.ts')),
  };
}

afterEach(() => {
  vi.unstubAllGlobals();
});

const base = { done: 0, total: 0, missing: [] as string[] };
const scripts = (n: number) => Array.from({ length: n }, (_, i) => `http://x/assets/chunk-${i}.js`);
const photos = (n: number) => Array.from({ length: n }, (_, i) => `http://x/assets/photos/p-${i}-800.avif`);

describe('the offline status line', () => {
  it('in Russian, with the plural form each count takes (1, 3, 5, 21)', async () => {
    const page = await pageIn('ru');
    expect(page.statusText({ ...base, phase: 'ready' })).toBe('Доступно офлайн');
    expect(page.statusText({ ...base, phase: 'saving', done: 3, total: 24 })).toBe(
      'Сохранение для офлайн-чтения… 3 из 24',
    );
    expect([1, 3, 5, 21].map((n) => page.describeMissing(scripts(n)))).toEqual([
      '1 скрипт',
      '3 скрипта',
      '5 скриптов',
      '21 скрипт',
    ]);
    expect(page.statusText({ ...base, phase: 'missing', missing: [...photos(2), ...scripts(5)] })).toBe(
      'Нет в офлайн-копии: 2 фото, 5 скриптов',
    );
    expect(page.statusText({ ...base, phase: 'missing', missing: ['/sw.js'] })).toBe(
      'Ещё не сохранено для офлайн-чтения',
    );
  });

  it('in Tajik, where a noun after a numeral stays singular', async () => {
    const page = await pageIn('tg');
    expect(page.statusText({ ...base, phase: 'ready' })).toBe('Бе интернет дастрас аст');
    expect([1, 3, 21].map((n) => page.describeMissing(scripts(n)))).toEqual(['1 скрипт', '3 скрипт', '21 скрипт']);
    expect(page.statusText({ ...base, phase: 'missing', missing: [...photos(2), 'http://x/index.html'] })).toBe(
      'Барои хондан бе интернет намерасад: 2 акс, 1 саҳифа',
    );
  });

  it('with the Retry button named in the language', async () => {
    const page = await pageIn('ru');
    page.setOffline({ phase: 'missing', missing: photos(1) });
    vi.stubGlobal('location', { href: 'http://x/' });
    expect(renderToString(h(page.OfflineStatus, {}))).toMatch(
      /<p role="status"[^>]*>Нет в офлайн-копии: 1 фото<\/p><button[^>]*>Повторить<\/button>/,
    );
  });
});

describe('sizes, the update prompt, storage details and storage errors', () => {
  it('write sizes as the language does', async () => {
    const ru = await pageIn('ru');
    expect([512, 1_234_567, 345_000_000].map(ru.formatBytes)).toEqual(['512 Б', '1,2 МБ', '345 МБ']);
    const en = await pageIn('en');
    expect([512, 1_234_567, 345_000_000, 2_500_000_000].map(en.formatBytes)).toEqual([
      '512 B',
      '1.2 MB',
      '345 MB',
      '2.5 GB',
    ]);
  });

  it('prompt for the new version in Russian, keeping the reader’s note in mind', async () => {
    const page = await pageIn('ru');
    page.setOffline({ update: 'waiting' });
    const html = renderToString(h(page.UpdatePrompt, { isWriting: () => false }));
    expect(html).toContain('<p>Готова новая версия. Ваши выделения и заметки сохранятся.</p>');
    expect(html).toContain('>Перезагрузить</button>');
  });

  it('explain storage on an iPhone in Tajik', async () => {
    const page = await pageIn('tg');
    const html = renderToString(h(page.StorageDetails, {}));
    expect(html).toContain('>Захира дар ин дастгоҳ</h3>');
    expect(html).toContain('<p>Ин браузер намегӯяд, ки чӣ қадар ҷой медиҳад.</p>');
    // WebKit's seven-day rule and the iPhone's separate Home Screen storage, both in Tajik.
    expect(html).toContain('class="storage-details-webkit">Safari ва ҳар браузери iPhone');
    expect(html).toContain('class="storage-details-ios">Дар iPhone ва iPad');
  });

  it('word storage errors for the reader in the page language', async () => {
    const ru = await pageIn('ru');
    expect(new ru.StorageFullError().message).toBe(
      'На этом устройстве закончилось место, поэтому изменение не сохранено. Освободите место и попробуйте снова.',
    );
    const en = await pageIn('en');
    expect(new en.StorageBlockedError().message).toBe(
      'The reader is open in another tab with an older version. Close or reload that tab to keep saving.',
    );
  });
});

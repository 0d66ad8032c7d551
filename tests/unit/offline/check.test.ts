import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Check, CheckResult } from '../../../src/offline/messages.ts';

// The page side of the check, with the worker and the browser's photo pick played by the test.
const worker = { state: 'activated' } as ServiceWorker;
const lifecycle = vi.hoisted(() => ({ activeWorker: vi.fn<() => Promise<ServiceWorker | undefined>>() }));
const photos = vi.hoisted(() => ({
  shownPhotos: vi.fn(async () => ['https://reader.example/assets/photos/park-1-800.avif']),
}));
const answers = vi.hoisted(() => ({ messageSW: vi.fn<(sw: ServiceWorker, message: Check) => Promise<CheckResult>>() }));
vi.mock('../../../src/offline/lifecycle.ts', () => ({ ...lifecycle, SW_URL: '/sw.js' }));
vi.mock('../../../src/offline/photos.ts', () => ({ ...photos, photoCount: () => 1 }));
vi.mock('workbox-window', () => answers);

const { checkOffline } = await import('../../../src/offline/check.ts');
const { getOffline, setOffline } = await import('../../../src/offline/state.ts');

beforeEach(() => {
  vi.useFakeTimers();
  vi.stubGlobal('navigator', { onLine: true });
  setOffline({ phase: 'idle', missing: [], done: 0, total: 0 });
  lifecycle.activeWorker.mockResolvedValue(worker);
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  vi.clearAllMocks();
});

describe('the page’s check', () => {
  it('sends one CHECK with this device’s photo variants, and says "ready" only on an answer of nothing missing', async () => {
    answers.messageSW.mockResolvedValue({ missing: [], total: 31 });
    await checkOffline();
    expect(answers.messageSW).toHaveBeenCalledTimes(1);
    expect(answers.messageSW).toHaveBeenCalledWith(worker, {
      type: 'CHECK',
      photos: ['https://reader.example/assets/photos/park-1-800.avif'],
    });
    expect(getOffline()).toMatchObject({ phase: 'ready', done: 31, total: 31, missing: [] });
  });

  it('shows what the worker could not store, and tries twice more by itself while online', async () => {
    const missing = ['https://reader.example/assets/overview-a.json'];
    answers.messageSW.mockResolvedValue({ missing, total: 31 });
    await checkOffline();
    expect(getOffline()).toMatchObject({ phase: 'missing', missing, done: 30 });
    await vi.runAllTimersAsync();
    expect(answers.messageSW, 'the first check and two automatic retries').toHaveBeenCalledTimes(3);
  });

  it('without signal, does not retry by itself (Retry and the online event do)', async () => {
    vi.stubGlobal('navigator', { onLine: false });
    answers.messageSW.mockResolvedValue({ missing: ['https://reader.example/index.html'], total: 31 });
    await checkOffline();
    await vi.runAllTimersAsync();
    expect(answers.messageSW).toHaveBeenCalledTimes(1);
  });

  it('with no worker to ask, vouches for nothing', async () => {
    lifecycle.activeWorker.mockResolvedValue(undefined);
    vi.stubGlobal('navigator', { onLine: false });
    await checkOffline();
    expect(getOffline()).toMatchObject({ phase: 'missing', missing: ['/sw.js'] });
    expect(answers.messageSW).not.toHaveBeenCalled();
  });

  it('with a worker that never answers, gives up after a while instead of saving forever', async () => {
    vi.stubGlobal('navigator', { onLine: false });
    answers.messageSW.mockReturnValue(new Promise(() => undefined));
    const done = checkOffline();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(getOffline().phase).toBe('saving');
    await vi.advanceTimersByTimeAsync(60_000);
    await done;
    expect(getOffline()).toMatchObject({ phase: 'missing', missing: ['/sw.js'] });
  });

  it('does not start a second check while one runs, so an older answer never overwrites a newer one', async () => {
    let answer: (result: CheckResult) => void = () => undefined;
    answers.messageSW.mockReturnValue(new Promise((resolve) => (answer = resolve)));
    const first = checkOffline();
    const second = checkOffline();
    answer({ missing: [], total: 31 });
    await Promise.all([first, second]);
    expect(answers.messageSW).toHaveBeenCalledTimes(1);
    expect(getOffline().phase).toBe('ready');
  });
});

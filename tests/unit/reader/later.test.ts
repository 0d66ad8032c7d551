// Sections that load after the first screen try again when a flaky first visit drops their file.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { arrived, patiently } from '../../../src/reader/later.tsx';

afterEach(() => {
  vi.useRealTimers();
});

describe('patiently', () => {
  it('tries again a little later, and gives what the first successful try gave', async () => {
    vi.useFakeTimers();
    let calls = 0;
    const load = () => (++calls < 3 ? Promise.reject(new Error('503')) : Promise.resolve('section'));
    const result = patiently(load, 4);
    await vi.runAllTimersAsync();
    await expect(result).resolves.toBe('section');
    expect(calls).toBe(3);
  });

  it('gives up after the last try with that try’s error', async () => {
    vi.useFakeTimers();
    let calls = 0;
    const result = patiently(() => Promise.reject(new Error(`try ${++calls}`)), 3);
    const settled = result.catch((error: Error) => error.message);
    await vi.runAllTimersAsync();
    expect(await settled).toBe('try 3');
    expect(calls).toBe(3);
  });
});

describe('arrived', () => {
  it('turns an import that resolved to nothing (the stale-chunk handler took over) into a failure', () => {
    expect(arrived({ Panel: 1 })).toEqual({ Panel: 1 });
    expect(() => arrived(undefined)).toThrow(/did not arrive/);
  });
});

import { describe, expect, it } from 'vitest';
import { describeMissing } from '../../../src/offline/missing.ts';
import { formatBytes } from '../../../src/offline/persistence.ts';

describe('the offline status in words', () => {
  it('names what is missing by kind, page first, photos before code', () => {
    expect(
      describeMissing([
        'http://x/assets/index-a.js',
        'http://x/assets/photos/park-1-800.avif',
        'http://x/index.html?__WB_REVISION__=1',
        'http://x/assets/photos/pass-2-800.avif',
        'http://x/assets/overview-b.json',
      ]),
    ).toBe('2 photos, 1 page, 1 map file, 1 script');
    expect(describeMissing(['http://x/sw.js'])).toBe('1 script');
    expect(describeMissing(['http://x/pwa-192x192.png', 'http://x/thing.bin'])).toBe('1 icon, 1 file');
  });

  it('formats sizes the way phones show them', () => {
    expect(formatBytes(512)).toBe('512 B');
    expect(formatBytes(1_234_567)).toBe('1.2 MB');
    expect(formatBytes(345_000_000)).toBe('345 MB');
  });
});

describe('the status line', () => {
  it('claims "Available offline" only in the verified state', async () => {
    const { statusText } = await import('../../../src/offline/OfflineStatus/index.tsx');
    const base = { done: 0, total: 0, missing: [] as string[] };
    expect(statusText({ ...base, phase: 'ready' })).toBe('Available offline');
    expect(statusText({ ...base, phase: 'saving', done: 3, total: 24 })).toBe('Saving for offline… 3 of 24');
    expect(statusText({ ...base, phase: 'missing', missing: ['http://x/assets/photos/a-1-800.jpg'] })).toBe(
      'Missing offline: 1 photo',
    );
    expect(statusText({ ...base, phase: 'missing', missing: ['/sw.js'] })).toBe('Not saved for offline yet');
    for (const phase of ['idle', 'saving', 'missing', 'unsupported', 'retired'] as const) {
      expect(statusText({ ...base, phase })).not.toMatch(/Available/);
    }
  });
});

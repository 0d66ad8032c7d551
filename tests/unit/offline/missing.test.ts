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

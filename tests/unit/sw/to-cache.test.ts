import { describe, expect, it } from 'vitest';
import { CHECK, PROGRESS, SKIP_WAITING } from '../../../src/offline/messages.ts';
import {
  isOwnCache,
  isPhoto,
  NOT_APP_NAVIGATIONS,
  photoVariant,
  TILE_MAX_AGE_SECONDS,
} from '../../../src/sw/to-cache.ts';

describe('what the worker caches', () => {
  it('keeps viewed tiles at least a week', () => {
    expect(TILE_MAX_AGE_SECONDS).toBeGreaterThanOrEqual(7 * 24 * 3600);
  });

  it('recognises photo variants on our own origin only', () => {
    const origin = 'https://reader.example';
    expect(isPhoto(new URL('/assets/photos/park-abc123-800.avif', origin), origin)).toBe(true);
    expect(isPhoto(new URL('https://other.example/assets/photos/park-abc123-800.avif'), origin)).toBe(false);
    expect(photoVariant('/assets/photos/mountain-pass-tajikistan-b36d6d44dd-1200.webp')).toEqual({
      stem: 'mountain-pass-tajikistan-b36d6d44dd',
      width: 1200,
      ext: 'webp',
    });
    expect(photoVariant('/assets/index-abc.js')).toBeUndefined();
  });

  it('gives the app to every in-scope navigation except files opened directly', () => {
    const app = (path: string) => !NOT_APP_NAVIGATIONS.some((re) => re.test(path));
    expect(app('/')).toBe(true);
    expect(app('/some/deep/path')).toBe(true);
    expect(app('/index.html')).toBe(true);
    expect(app('/some/page.html?x=1')).toBe(true);
    expect(app('/?utm_source=sms')).toBe(true);
    expect(app('/assets/photos/park-abc-800.jpg')).toBe(false);
    expect(app('/manifest.webmanifest')).toBe(false);
    expect(app('/sw.js?v=2')).toBe(false);
  });

  it('deletes only its own caches', () => {
    expect(isOwnCache('workbox-precache-v2-https://reader.example/')).toBe(true);
    expect(isOwnCache('photos')).toBe(true);
    expect(isOwnCache('map-tiles')).toBe(true);
    expect(isOwnCache('someone-else')).toBe(false);
  });

  it('speaks a few plain verbs to the page', () => {
    // SKIP_WAITING is the message workbox-window's messageSkipWaiting() sends; the others follow its case.
    expect([CHECK, SKIP_WAITING, PROGRESS]).toEqual(['CHECK', 'SKIP_WAITING', 'PROGRESS']);
  });
});

import { describe, expect, it } from 'vitest';
import { isWebKitBrowser } from '../../../src/offline/webkit.ts';

// Real user agents: WebKit's storage rules apply to Safari and every iOS browser, never to Chromium or Firefox.
const UA = {
  iphoneSafari:
    'Mozilla/5.0 (iPhone; CPU iPhone OS 18_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.5 Mobile/15E148 Safari/604.1',
  iphoneChrome:
    'Mozilla/5.0 (iPhone; CPU iPhone OS 18_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/138.0.7204.156 Mobile/15E148 Safari/604.1',
  ipadDesktopMode:
    'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.5 Safari/605.1.15',
  macSafari:
    'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.5 Safari/605.1.15',
  macChrome:
    'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/138.0.0.0 Safari/537.36',
  androidChrome:
    'Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/138.0.0.0 Mobile Safari/537.36',
  windowsEdge:
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/138.0.0.0 Safari/537.36 Edg/138.0.0.0',
  firefox: 'Mozilla/5.0 (X11; Linux x86_64; rv:153.0) Gecko/20100101 Firefox/153.0',
  webkitGtk: 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/60.5 Safari/605.1.15',
};

describe('isWebKitBrowser', () => {
  it('is true for Safari and for every browser on iPhone and iPad (all WebKit)', () => {
    expect(isWebKitBrowser(UA.iphoneSafari, 5)).toBe(true);
    expect(isWebKitBrowser(UA.iphoneChrome, 5)).toBe(true);
    expect(isWebKitBrowser(UA.ipadDesktopMode, 5)).toBe(true);
    expect(isWebKitBrowser(UA.macSafari, 0)).toBe(true);
    expect(isWebKitBrowser(UA.webkitGtk, 0)).toBe(true);
  });

  it('is false for Chromium browsers (whose user agent also says "AppleWebKit … Safari") and Firefox', () => {
    expect(isWebKitBrowser(UA.macChrome, 0)).toBe(false);
    expect(isWebKitBrowser(UA.androidChrome, 5)).toBe(false);
    expect(isWebKitBrowser(UA.windowsEdge, 10)).toBe(false);
    expect(isWebKitBrowser(UA.firefox, 0)).toBe(false);
  });
});

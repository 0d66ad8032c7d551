/**
 * Guards the one tile URL the map's online layer, the worker's tile cache and the CSP share: the worker caches
 * only what the layer asks for, and the CSP lets through every host the layer may use.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_TILE_URL, isTileUrl, tileOrigins, tileUrlTemplate } from '../../../src/shared/tile-url.ts';

describe('tileUrlTemplate', () => {
  it('uses VITE_TILE_URL when set, OpenStreetMap when unset or empty', () => {
    expect(tileUrlTemplate('https://tiles.example/{z}/{x}/{y}.png')).toBe('https://tiles.example/{z}/{x}/{y}.png');
    expect(tileUrlTemplate(undefined)).toBe(DEFAULT_TILE_URL);
    expect(tileUrlTemplate('')).toBe(DEFAULT_TILE_URL);
    expect(DEFAULT_TILE_URL).toBe('https://tile.openstreetmap.org/{z}/{x}/{y}.png');
  });
});

describe('isTileUrl', () => {
  it('matches OpenStreetMap tiles and nothing else', () => {
    expect(isTileUrl('https://tile.openstreetmap.org/7/88/47.png', DEFAULT_TILE_URL)).toBe(true);
    expect(isTileUrl('https://tile.openstreetmap.org/copyright', DEFAULT_TILE_URL)).toBe(false);
    expect(isTileUrl('https://evil.example/7/88/47.png', DEFAULT_TILE_URL)).toBe(false);
    expect(isTileUrl('https://evil.example/tile.openstreetmap.org/7/88/47.png', DEFAULT_TILE_URL)).toBe(false);
    expect(isTileUrl('https://tile.openstreetmapXorg/7/88/47.png', DEFAULT_TILE_URL)).toBe(false);
  });

  it('refuses query strings the template does not have, and keeps the ones it has', () => {
    expect(isTileUrl('https://tile.openstreetmap.org/7/88/47.png?x=1', DEFAULT_TILE_URL)).toBe(false);
    const keyed = 'https://tiles.example/{z}/{x}/{y}.png?key=abc';
    expect(isTileUrl('https://tiles.example/3/4/5.png?key=abc', keyed)).toBe(true);
    expect(isTileUrl('https://tiles.example/3/4/5.png?key=abcd', keyed)).toBe(false);
  });

  it('understands the subdomain and retina placeholders, with the subdomains Leaflet uses', () => {
    const template = 'https://{s}.tiles.example/{z}/{x}/{y}{r}.png';
    expect(isTileUrl('https://b.tiles.example/3/4/5@2x.png', template)).toBe(true);
    expect(isTileUrl('https://c.tiles.example/3/4/5.png', template)).toBe(true);
    expect(isTileUrl('https://d.tiles.example/3/4/5.png', template)).toBe(false);
    expect(isTileUrl('https://evil.tiles.example/3/4/5.png', template)).toBe(false);
  });
});

describe('tileOrigins', () => {
  it('gives the one origin of a plain template', () => {
    expect(tileOrigins(DEFAULT_TILE_URL)).toEqual(['https://tile.openstreetmap.org']);
  });

  it('gives one origin per subdomain, so the CSP allows every host the layer requests', () => {
    expect(tileOrigins('https://{s}.tiles.example/{z}/{x}/{y}{r}.png')).toEqual([
      'https://a.tiles.example',
      'https://b.tiles.example',
      'https://c.tiles.example',
    ]);
  });
});

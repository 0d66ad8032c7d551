/** Guards the tile pattern the service worker's tile cache shares with the map's online layer. */
import { describe, expect, it } from 'vitest';
import { DEFAULT_TILE_URL, isTileUrl } from '../../../src/map/tile-url.ts';

describe('isTileUrl', () => {
  it('matches OpenStreetMap tiles and nothing else', () => {
    expect(isTileUrl('https://tile.openstreetmap.org/7/88/47.png', DEFAULT_TILE_URL)).toBe(true);
    expect(isTileUrl('https://tile.openstreetmap.org/7/88/47.png?x=1', DEFAULT_TILE_URL)).toBe(false);
    expect(isTileUrl('https://evil.example/7/88/47.png', DEFAULT_TILE_URL)).toBe(false);
    expect(isTileUrl('https://tile.openstreetmapXorg/7/88/47.png', DEFAULT_TILE_URL)).toBe(false);
  });

  it('understands subdomain and retina placeholders', () => {
    const template = 'https://{s}.tiles.example/{z}/{x}/{y}{r}.png';
    expect(isTileUrl('https://b.tiles.example/3/4/5@2x.png', template)).toBe(true);
    expect(isTileUrl('https://b.tiles.example/3/4/5.png', template)).toBe(true);
  });
});

/**
 * The online layer's tile URL, in a module of its own (no DOM, no Leaflet) so the service worker's tile cache
 * can import the same template without pulling in the map. Set VITE_TILE_URL at build time to use another host.
 */

export const DEFAULT_TILE_URL = 'https://tile.openstreetmap.org/{z}/{x}/{y}.png';

export const TILE_URL: string = import.meta.env.VITE_TILE_URL ?? DEFAULT_TILE_URL;

/** True for a URL the online layer may request: same origin as the template and a {z}/{x}/{y} tile path. */
export function isTileUrl(url: string, template: string = TILE_URL): boolean {
  const pattern = template
    .replace(/[.*+?^$()|[\]\\]/g, '\\$&')
    .replace(/\{[zxy]\}/g, '\\d+')
    .replace(/\{s\}/g, '[a-c]')
    .replace(/\{r\}/g, '(@2x)?');
  return new RegExp(`^${pattern}$`).test(url);
}

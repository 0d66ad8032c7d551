/**
 * The online map layer's tile URL, the one source for the page's layer (src/map/index.ts), the worker's tile
 * cache (src/sw/sw.ts) and the Content-Security-Policy (src/build/csp.ts). Shared deliberately: no DOM, no
 * worker globals, no Node, so all three type-check it. Set VITE_TILE_URL at build time to use another host.
 */

/** OpenStreetMap's standard tiles: the layer's host unless VITE_TILE_URL names another. */
export const DEFAULT_TILE_URL = 'https://tile.openstreetmap.org/{z}/{x}/{y}.png';

/** What `{s}` stands for: Leaflet's default subdomains, passed to the layer explicitly so the two cannot part. */
export const TILE_SUBDOMAINS = 'abc';

/**
 * The template a build uses. Vite code passes `import.meta.env.VITE_TILE_URL`, build scripts `process.env`'s:
 * an unset or empty variable means the default (an empty template would request nothing but errors).
 */
export function tileUrlTemplate(configured: string | undefined): string {
  return configured || DEFAULT_TILE_URL;
}

/** Every origin the layer may load tiles from (one per subdomain), for the CSP's img-src and connect-src. */
export function tileOrigins(template: string): string[] {
  const hosts = template.includes('{s}') ? [...TILE_SUBDOMAINS] : [''];
  const origins = hosts.map((s) => new URL(template.replaceAll('{s}', s).replace(/\{[a-z]+\}/g, '0')).origin);
  return [...new Set(origins)];
}

/**
 * True for a URL the layer requests from `template`: `{z}`, `{x}`, `{y}` numbers, `{s}` one of the subdomains,
 * `{r}` empty or `@2x`, everything else literal. Query strings the template does not have are refused: the
 * layer never adds one, so such a URL is not a tile this app asked for.
 */
export function isTileUrl(url: string, template: string): boolean {
  const pattern = template
    .replace(/[.*+?^$()|[\]\\]/g, '\\$&')
    .replace(/\{[zxy]\}/g, '\\d+')
    .replace(/\{s\}/g, `[${TILE_SUBDOMAINS}]`)
    .replace(/\{r\}/g, '(?:@2x)?');
  return new RegExp(`^${pattern}$`).test(url);
}

/**
 * The Content Security Policy, decided once. The page's meta tag, public/_headers and deploy/nginx.conf carry
 * the same policy; tests/unit/build/host-config.test.ts fails when they drift apart.
 */

/** The one host the optional online map layer may load tiles from (configurable at build time). */
export const DEFAULT_TILE_URL = 'https://tile.openstreetmap.org/{z}/{x}/{y}.png';

/** The origin of a tile URL template, for img-src. */
export function tileOrigin(template = process.env.VITE_TILE_URL ?? DEFAULT_TILE_URL): string {
  return new URL(template.replace(/\{[a-z]\}/g, '0')).origin;
}

/**
 * No inline script and no eval anywhere. `forWorker` is the policy served with /sw.js: a worker's own fetch()
 * calls obey its script's CSP, and the worker fetches the optional online map tiles (img-src does not apply to
 * fetch), so its connect-src adds the tile origin; the page's connect-src stays 'self'. Inline styles are allowed on purpose: the critical CSS is inlined so
 * the first screen arrives in one round trip, and the photo placeholders are style attributes; style injection
 * cannot run code. `frame-ancestors` is only honoured as a header, so the meta tag leaves it out.
 */
export function contentSecurityPolicy({
  forMeta,
  forWorker = false,
}: {
  forMeta: boolean;
  forWorker?: boolean;
}): string {
  const directives = [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    `img-src 'self' data: ${tileOrigin()}`,
    forWorker ? `connect-src 'self' ${tileOrigin()}` : "connect-src 'self'",
    "font-src 'self'",
    "manifest-src 'self'",
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ];
  if (!forMeta) directives.push("frame-ancestors 'none'");
  return directives.join('; ');
}

/**
 * The Content Security Policy, decided once. The page's meta tag, public/_headers and deploy/nginx.conf carry
 * the same policy; tests/unit/build/host-config.test.ts fails when they drift apart.
 */
import { tileOrigins, tileUrlTemplate } from '../shared/tile-url.ts';

/** The hosts the optional online map layer may load tiles from (VITE_TILE_URL, as the page's build reads it). */
const tiles = (): string => tileOrigins(tileUrlTemplate(process.env.VITE_TILE_URL)).join(' ');

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
    `img-src 'self' data: ${tiles()}`,
    forWorker ? `connect-src 'self' ${tiles()}` : "connect-src 'self'",
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

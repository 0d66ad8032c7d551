/**
 * What every static host must send, in one place, and small readers for the two host config formats we ship
 * (public/_headers for Cloudflare Pages / Netlify, deploy/nginx.conf). Shared by the unit test that keeps the
 * files in line with src/build/csp.ts and by the nginx browser test that checks real responses.
 */
import { contentSecurityPolicy } from '../../src/build/csp.ts';
import { manifestPath } from '../../src/build/manifest.ts';
import { LANGUAGE_PATHS, LANGUAGES, pageFilePath } from '../../src/i18n/languages.ts';

/**
 * Powerful features the app never uses, denied so an injected script or a hostile embed cannot ask for them.
 * Only names Chromium recognises (unknown ones log a console warning on every page). Not listed on purpose:
 * clipboard-write and web-share, which the highlight sheet uses on a tap.
 */
const PERMISSIONS_POLICY = [
  'accelerometer',
  'browsing-topics',
  'camera',
  'display-capture',
  'geolocation',
  'gyroscope',
  'hid',
  'idle-detection',
  'interest-cohort',
  'magnetometer',
  'microphone',
  'midi',
  'payment',
  'serial',
  'usb',
  'xr-spatial-tracking',
]
  .map((feature) => `${feature}=()`)
  .join(', ');

/** Headers every response carries, whatever the file; /sw.js gets the worker's CSP instead. */
export function securityHeaders(path = '/index.html'): Record<string, string> {
  return {
    'Content-Security-Policy': contentSecurityPolicy({ forMeta: false, forWorker: path === '/sw.js' }),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'Permissions-Policy': PERMISSIONS_POLICY,
    'X-Frame-Options': 'DENY',
    'Cross-Origin-Opener-Policy': 'same-origin',
  };
}

const NO_CACHE = 'no-cache';
const IMMUTABLE = 'public, max-age=31536000, immutable';
const ONE_HOUR = 'public, max-age=3600';

/**
 * The Cache-Control a file of dist/ must get. Unhashed files that decide which release runs (the page, the
 * worker, boot.js) are revalidated on every use; hashed files never change; the manifest and icons may lag an
 * hour (the worker precaches them with `cache: 'reload'`, so a stale HTTP cache never reaches its precache).
 */
export function expectedCacheControl(path: string): string {
  if (path.startsWith('/assets/')) return IMMUTABLE;
  // Each language's manifest sits beside its page: /manifest.webmanifest, /ru/manifest.webmanifest, …
  if (/^\/([a-z]{2}\/)?manifest\.webmanifest$/.test(path) || /^\/[^/]+\.(png|ico|svg)$/.test(path)) return ONE_HOUR;
  return NO_CACHE;
}

export interface HeaderRule {
  path: string;
  headers: [name: string, value: string][];
}

/** Parses a Netlify / Cloudflare Pages `_headers` file: a path line, then indented `Name: value` lines. */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ path: line.trim(), headers: [] });
      continue;
    }
    const rule = rules.at(-1);
    const colon = line.indexOf(':');
    if (!rule || colon < 0) throw new Error(`_headers: header line outside a rule or without a colon: ${line}`);
    rule.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
  }
  return rules;
}

/**
 * The headers a host applying `rules` sends for `path`, as Cloudflare Pages and Netlify combine them: every
 * matching rule applies (a `*` matches anything), and a header set by two matching rules gets both values
 * joined with a comma, which for Cache-Control or a CSP means something else than either. Keys lower-case.
 */
export function headersFor(rules: readonly HeaderRule[], path: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const rule of rules) {
    const pattern = new RegExp(`^${rule.path.replace(/[.+?^$()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);
    if (!pattern.test(path)) continue;
    for (const [name, value] of rule.headers) {
      const key = name.toLowerCase();
      out[key] = out[key] === undefined ? value : `${out[key]}, ${value}`;
    }
  }
  return out;
}

/** The `add_header` directives of an nginx config, as `[name, value, always?]`, with quotes removed. */
export function nginxAddHeaders(conf: string): [name: string, value: string, always: boolean][] {
  return [...stripComments(conf).matchAll(/\badd_header\s+(\S+)\s+("[^"]*"|'[^']*'|\S+?)(\s+always)?\s*;/g)].map(
    (m) => [m[1] as string, (m[2] as string).replace(/^["']|["']$/g, ''), Boolean(m[3])],
  );
}

/** The config without `#` comments (none of ours has a `#` inside a quoted value). */
export function stripComments(conf: string): string {
  return conf.replace(/#[^\n]*/g, '');
}

/**
 * Files at the top of dist/ that are not content-hashed: each gets its own rule in public/_headers. (Hashed
 * files live under /assets/.) tests/e2e/nginx.spec.ts fails when the build gains a top-level file missing here.
 */
export const TOP_LEVEL_FILES = [
  '/index.html',
  '/sw.js',
  '/boot.js',
  '/manifest.webmanifest',
  '/favicon.ico',
  '/favicon.svg',
  '/icon.svg',
  '/apple-touch-icon-180x180.png',
  '/pwa-64x64.png',
  '/pwa-192x192.png',
  '/pwa-512x512.png',
  '/maskable-icon-512x512.png',
];

/**
 * public/_headers, generated (`npx tsx deploy/write-headers.ts`). Cloudflare Pages and Netlify apply every
 * matching rule and join a header set by two rules with a comma, which for a CSP means two policies, both
 * enforced. So the CSP cannot sit under `/*` (the worker needs a wider one) and is repeated per path instead,
 * like Cache-Control; `/*` carries only the headers that are the same everywhere.
 */
export function renderHeadersFile(): string {
  const common = Object.entries(securityHeaders()).filter(([name]) => name !== 'Content-Security-Policy');
  const rule = (path: string, file: string) =>
    [
      path,
      `  Content-Security-Policy: ${securityHeaders(file)['Content-Security-Policy']}`,
      `  Cache-Control: ${expectedCacheControl(file)}`,
    ].join('\n');
  return `${[
    '# Response headers for Cloudflare Pages and Netlify; Vite copies this file into dist/.',
    '# GENERATED from src/build/csp.ts and tests/e2e/host-headers.ts by `npx tsx deploy/write-headers.ts`;',
    '# tests/unit/build/host-config.test.ts fails when it is out of date. The same rules as deploy/nginx.conf.',
    '',
    ['/*', ...common.map(([name, value]) => `  ${name}: ${value}`)].join('\n'),
    rule('/', '/index.html'),
    ...TOP_LEVEL_FILES.map((file) => rule(file, file)),
    // The Russian and Tajik pages, by their folder and by file name, like the English one, and their manifests.
    ...LANGUAGES.filter((l) => l !== 'en').flatMap((l) => [
      rule(LANGUAGE_PATHS[l], pageFilePath(l)),
      rule(pageFilePath(l), pageFilePath(l)),
      rule(manifestPath(l), manifestPath(l)),
    ]),
    rule('/assets/*', '/assets/x'),
  ].join('\n')}\n`;
}

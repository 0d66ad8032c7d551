/**
 * The host configs carry exactly the policy src/build/csp.ts decides, and every required header: a CSP edited
 * in one place only, or a header dropped from one host, fails here before any deploy.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../../../src/build/csp.ts';
import {
  expectedCacheControl,
  headersFor,
  nginxAddHeaders,
  parseHeadersFile,
  renderHeadersFile,
  securityHeaders,
  stripComments,
  TOP_LEVEL_FILES,
} from '../../e2e/host-headers.ts';

const headersFile = readFileSync('public/_headers', 'utf8');
const nginx = readFileSync('deploy/nginx.conf', 'utf8');
const PAGE_CSP = contentSecurityPolicy({ forMeta: false });

/** The value lines of an nginx `map $uri $name { … }` block, as key → value. */
function nginxMap(name: string): Map<string, string> {
  const block = stripComments(nginx).match(new RegExp(`map\\s+\\$uri\\s+\\$${name}\\s*\\{([^}]*)\\}`));
  if (!block) throw new Error(`deploy/nginx.conf has no map for $${name}`);
  const entries = [...(block[1] as string).matchAll(/^\s*("[^"]*"|\S+)\s+"([^"]*)"\s*;/gm)];
  return new Map(entries.map((m) => [(m[1] as string).replace(/^"|"$/g, ''), m[2] as string]));
}

describe('the policy itself', () => {
  it('forbids inline script and eval, and allows only the optional tile host beyond this origin', () => {
    expect(PAGE_CSP).toContain("script-src 'self';");
    expect(PAGE_CSP).not.toMatch(/unsafe-eval|'unsafe-inline'[^;]*script|script-src[^;]*unsafe-inline/);
    expect(PAGE_CSP).toContain("connect-src 'self';");
    expect(PAGE_CSP).toContain("frame-ancestors 'none'");
    expect(contentSecurityPolicy({ forMeta: false, forWorker: true })).toBe(
      PAGE_CSP.replace("connect-src 'self'", "connect-src 'self' https://tile.openstreetmap.org"),
    );
  });
});

describe('public/_headers (Cloudflare Pages, Netlify)', () => {
  it('is exactly what `npx tsx deploy/write-headers.ts` writes from src/build/csp.ts', () => {
    expect(headersFile, 'public/_headers is out of date: run npx tsx deploy/write-headers.ts').toBe(
      renderHeadersFile(),
    );
  });

  it('sends every required header, once, with the CSP of src/build/csp.ts, on the page and every file', () => {
    const rules = parseHeadersFile(headersFile);
    for (const path of ['/', ...TOP_LEVEL_FILES, '/assets/index-abc123.js', '/assets/photos/x-400.avif']) {
      const file = path === '/' ? '/index.html' : path;
      const sent = headersFor(rules, path);
      for (const [name, value] of Object.entries(securityHeaders(file))) {
        expect(sent[name.toLowerCase()], `${name} on ${path} (missing, or joined from two rules)`).toBe(value);
      }
      expect(sent['cache-control'], `Cache-Control on ${path}`).toBe(expectedCacheControl(file));
    }
    expect(headersFor(rules, '/')['content-security-policy']).toBe(PAGE_CSP);
    expect(headersFor(rules, '/sw.js')['content-security-policy']).toBe(
      contentSecurityPolicy({ forMeta: false, forWorker: true }),
    );
  });
});

describe('deploy/nginx.conf', () => {
  const added = nginxAddHeaders(nginx);

  it('sets every security header once, at server level, on every response (`always`)', () => {
    for (const name of Object.keys(securityHeaders())) {
      const found = added.filter(([n]) => n.toLowerCase() === name.toLowerCase());
      expect(found, `add_header ${name}`).toHaveLength(1);
      expect(found[0]?.[2], `${name} is sent with errors too (always)`).toBe(true);
    }
    for (const [name, value] of Object.entries(securityHeaders())) {
      if (name === 'Content-Security-Policy') continue;
      expect(added.find(([n]) => n === name)?.[1], name).toBe(value);
    }
  });

  it('takes its CSP from a map whose values are exactly the policies of src/build/csp.ts', () => {
    expect(added.find(([n]) => n === 'Content-Security-Policy')?.[1]).toBe('$bri_reader_csp');
    const csp = nginxMap('bri_reader_csp');
    expect(csp.get('default'), 'the page and every other file').toBe(PAGE_CSP);
    expect(csp.get('/sw.js'), 'the worker').toBe(contentSecurityPolicy({ forMeta: false, forWorker: true }));
    expect(csp.size).toBe(2);
  });

  it('caches by path as the other hosts do, and never caches an error for long', () => {
    const cache = nginxMap('bri_reader_cache_control');
    expect(cache.get('default')).toBe(expectedCacheControl('/index.html'));
    expect(cache.get('~^/assets/')).toBe(expectedCacheControl('/assets/x.js'));
    // One rule for every language's manifest, beside its page.
    const manifests = [...cache].filter(
      ([key]) => key.startsWith('~') && new RegExp(key.slice(1)).test('/ru/manifest.webmanifest'),
    );
    expect(manifests.map(([, value]) => value)).toEqual([expectedCacheControl('/ru/manifest.webmanifest')]);
    for (const path of ['/manifest.webmanifest', '/tg/manifest.webmanifest']) {
      expect(new RegExp(manifests[0]?.[0].slice(1) ?? '^$').test(path), path).toBe(true);
    }
    const cacheHeader = added.find(([n]) => n === 'Cache-Control');
    expect(cacheHeader?.[1]).toBe('$bri_reader_cache_control');
    expect(cacheHeader?.[2], 'Cache-Control only on successful responses').toBe(false);
  });

  it('has no add_header inside a location, which would silently drop all the server-level ones there', () => {
    const body = stripComments(nginx);
    for (const location of body.matchAll(/location[^{]*\{([^{}]*(\{[^{}]*\}[^{}]*)*)\}/g)) {
      expect(location[1], `in ${location[0].split('{')[0]?.trim()}`).not.toMatch(/\badd_header\b/);
    }
  });

  it('serves the right types: the standard list, plus the manifest and AVIF even where that list lacks them', () => {
    const body = stripComments(nginx);
    expect(body).toMatch(/include\s+\/etc\/nginx\/mime\.types;/);
    expect(body).toMatch(/location ~ \\\.webmanifest\$\s*\{[^}]*types \{ \}[^}]*application\/manifest\+json/);
    expect(body).toMatch(/location ~ \\\.avif\$\s*\{[^}]*types \{ \}[^}]*image\/avif/);
    expect(body).toMatch(/\bgzip on;/);
  });
});

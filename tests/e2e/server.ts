/**
 * A plain static file server for browser tests: serves a folder at `/` with no rewrites (as ../shared/CONTRACT.md
 * says any static host may), compresses like a real host, and can really stop, so "offline" means the server is
 * gone.
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.webmanifest', '.svg', '.txt']);

export interface ServerOptions {
  /** Folder to serve; defaults to dist/. */
  root?: string;
  /** 0 (default) picks a free port. */
  port?: number;
  /** Fail every Nth request for a path outside `/` with a 503 (a flaky village connection). */
  failEvery?: number;
  /** Abort (destroy the socket of) every Nth request instead of answering 503. */
  abortEvery?: number;
  /** Milliseconds added to every response. */
  delayMs?: number;
  /** Answer 503 to every request whose path matches (a file that keeps failing). */
  failPaths?: RegExp;
}

export interface TestServer {
  url: string;
  port: number;
  /** Every request path seen, in order. */
  requests: string[];
  /** Response body bytes sent so far, as sent (compressed where the host compresses). */
  bytesSent(): number;
  setRoot(dir: string): void;
  setOptions(options: Partial<Pick<ServerOptions, 'failEvery' | 'abortEvery' | 'delayMs' | 'failPaths'>>): void;
  stop(): Promise<void>;
}

/** Starts the server; resolves once it listens on 127.0.0.1. */
export async function startServer(options: ServerOptions = {}): Promise<TestServer> {
  let root = resolve(options.root ?? 'dist');
  let { failEvery = 0, abortEvery = 0, delayMs = 0, failPaths } = options;
  const requests: string[] = [];
  const compressed = new Map<string, { br: Buffer; gzip: Buffer }>();
  let count = 0;
  let sent = 0;

  const handle = (req: IncomingMessage, res: ServerResponse) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    requests.push(path);
    count++;
    if (abortEvery && path !== '/' && count % abortEvery === 0) return req.socket.destroy();
    if ((failEvery && path !== '/' && count % failEvery === 0) || failPaths?.test(path)) {
      res.writeHead(503, { 'Content-Type': 'text/plain' }).end('flaky');
      return;
    }
    const rel = normalize(path.endsWith('/') ? `${path}index.html` : path).replace(/^(\.\.[/\\])+/, '');
    const file = join(root, rel);
    if (!file.startsWith(root) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
      return;
    }
    const ext = extname(file);
    const headers: Record<string, string> = {
      'Content-Type': TYPES[ext] ?? 'application/octet-stream',
      'Cache-Control': rel.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
    };
    const accept = String(req.headers['accept-encoding'] ?? '');
    if (COMPRESSIBLE.has(ext) && /\b(br|gzip)\b/.test(accept)) {
      const key = `${file}:${statSync(file).mtimeMs}`;
      let c = compressed.get(key);
      if (!c) {
        const raw = readFileSync(file);
        c = { br: brotliCompressSync(raw), gzip: gzipSync(raw) };
        compressed.set(key, c);
      }
      const br = /\bbr\b/.test(accept);
      headers['Content-Encoding'] = br ? 'br' : 'gzip';
      headers.Vary = 'Accept-Encoding';
      sent += (br ? c.br : c.gzip).length;
      res.writeHead(200, headers).end(br ? c.br : c.gzip);
      return;
    }
    sent += statSync(file).size;
    res.writeHead(200, headers);
    createReadStream(file).pipe(res);
  };

  const server: Server = createServer((req, res) => {
    if (delayMs) setTimeout(() => handle(req, res), delayMs);
    else handle(req, res);
  });
  await new Promise<void>((ok) => server.listen(options.port ?? 0, '127.0.0.1', ok));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    requests,
    bytesSent: () => sent,
    setRoot(dir) {
      root = resolve(dir);
    },
    setOptions(next) {
      ({ failEvery = failEvery, abortEvery = abortEvery, delayMs = delayMs } = next);
      if ('failPaths' in next) failPaths = next.failPaths;
    },
    stop: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}

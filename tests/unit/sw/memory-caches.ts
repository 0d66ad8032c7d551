// An in-memory Cache Storage and network for unit tests of worker code (Node has neither `caches` nor a
// server). Requests are keyed by absolute URL, as the Cache API matches them by default.

const keyOf = (request: RequestInfo | URL): string =>
  typeof request === 'string'
    ? new URL(request, 'https://reader.example/').href
    : 'url' in request
      ? request.url
      : request.href;

class MemoryCache {
  readonly entries = new Map<string, Response>();
  async match(request: RequestInfo | URL): Promise<Response | undefined> {
    return this.entries.get(keyOf(request))?.clone();
  }
  async put(request: RequestInfo | URL, response: Response): Promise<void> {
    this.entries.set(keyOf(request), response);
  }
  async delete(request: RequestInfo | URL): Promise<boolean> {
    return this.entries.delete(keyOf(request));
  }
  async keys(): Promise<Request[]> {
    return [...this.entries.keys()].map((url) => new Request(url));
  }
}

/** Cache Storage in memory: open, match across every cache, keys, delete. */
export class MemoryCaches {
  readonly caches = new Map<string, MemoryCache>();
  async open(name: string): Promise<MemoryCache> {
    const cache = this.caches.get(name) ?? new MemoryCache();
    this.caches.set(name, cache);
    return cache;
  }
  async match(request: RequestInfo | URL): Promise<Response | undefined> {
    for (const cache of this.caches.values()) {
      const found = await cache.match(request);
      if (found) return found;
    }
    return undefined;
  }
  async keys(): Promise<string[]> {
    return [...this.caches.keys()];
  }
  async delete(name: string): Promise<boolean> {
    return this.caches.delete(name);
  }
}

/** A server for `fetch`: the paths it has, every request it saw, and whether the signal is there at all. */
export class MemoryNetwork {
  readonly requests: Array<{ url: string; cache?: RequestCache }> = [];
  online = true;
  /** Paths answered 503 (a flaky link). */
  failing = new Set<string>();
  constructor(readonly files: Record<string, string>) {}

  readonly fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const url = keyOf(input);
    this.requests.push({ url, cache: init?.cache });
    if (!this.online) throw new TypeError('Failed to fetch');
    const path = new URL(url).pathname;
    if (this.failing.has(path)) return new Response('busy', { status: 503 });
    const body = this.files[path];
    return body === undefined ? new Response('not found', { status: 404 }) : new Response(body, { status: 200 });
  };
}

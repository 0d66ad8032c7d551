/**
 * WebKit, as Safari and every iOS browser render: WebKitGTK's MiniBrowser driven by WebKitWebDriver over the
 * W3C WebDriver protocol, on an Xvfb display. Debian packages: webkit2gtk-driver, xvfb (.ci/run installs them).
 * A thin client of our own: the dozen endpoints the flows use are plain JSON over HTTP.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { type Engine, type EnginePage, type Point, pickArgs, pickInPage, type Target, until } from './driver.ts';

const DRIVER = process.env.WEBKIT_DRIVER_PATH ?? '/usr/bin/WebKitWebDriver';
const MINIBROWSER = process.env.WEBKIT_BROWSER_PATH ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';

/** A free loopback port, as the OS hands it out. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

/** Stops a child we started, by its PID, and waits until it is gone. */
async function stop(child: ChildProcess | undefined): Promise<void> {
  if (!child?.pid || child.exitCode !== null || child.signalCode !== null) return;
  const gone = new Promise((resolve) => child.once('exit', resolve));
  process.kill(child.pid, 'SIGTERM');
  const timer = setTimeout(() => child.pid && child.exitCode === null && process.kill(child.pid, 'SIGKILL'), 5000);
  await gone;
  clearTimeout(timer);
}

/** Starts Xvfb on a display it picks itself (-displayfd), so parallel runs never collide. */
async function startXvfb(): Promise<{ child: ChildProcess; display: string }> {
  const child = spawn('Xvfb', ['-displayfd', '1', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], {
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  const display = await new Promise<string>((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`Xvfb exited (${code}) before choosing a display`)));
    child.stdout?.once('data', (data) => resolve(`:${String(data).trim()}`));
  });
  return { child, display };
}

class WebDriverError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(`${code}: ${message}`);
  }
}

class Session {
  constructor(
    readonly base: string,
    readonly id: string,
  ) {}

  async call<T = unknown>(method: 'GET' | 'POST' | 'DELETE', path: string, body?: unknown): Promise<T> {
    const response = await fetch(`${this.base}/session/${this.id}${path}`, {
      method,
      headers: { 'Content-Type': 'application/json' },
      body: method === 'POST' ? JSON.stringify(body ?? {}) : undefined,
    });
    const json = (await response.json()) as { value: T & { error?: string; message?: string } };
    if (json.value && typeof json.value === 'object' && 'error' in json.value && json.value.error) {
      throw new WebDriverError(json.value.error, json.value.message ?? '');
    }
    return json.value;
  }
}

class WebKitPage implements EnginePage {
  readonly engine = 'webkit' as const;
  constructor(private readonly session: Session) {}

  async goto(url: string) {
    await this.session.call('POST', '/url', { url });
  }

  async reload() {
    await this.session.call('POST', '/refresh');
  }

  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<Awaited<R>> {
    // WebDriver awaits a returned promise. The function travels as source, like Playwright's evaluate.
    return this.session.call('POST', '/execute/sync', {
      script: `return (${fn.toString()})(arguments[0]);`,
      args: [arg ?? null],
    });
  }

  private async element(target: Target): Promise<string> {
    const found = await until(
      () => this.evaluate(pickInPage, pickArgs(target)) as unknown as Promise<Record<string, string> | null>,
      `${target.css} named ${String(target.name ?? '(any)')}`,
    );
    return found[ELEMENT] as string;
  }

  async click(target: Target) {
    // A click can be intercepted while a sheet or notice animates in: retry until it lands.
    await until(
      async () => {
        const id = await this.element(target);
        await this.session.call('POST', `/element/${id}/click`);
        return true;
      },
      `a click on ${target.css} ${String(target.name ?? '')}`,
    );
  }

  async type(target: Target, text: string) {
    const id = await this.element(target);
    await this.session.call('POST', `/element/${id}/value`, { text });
  }

  async drag(from: Point, to: Point) {
    const at = (p: Point) => ({ x: Math.round(p.x), y: Math.round(p.y), origin: 'viewport' });
    await this.session.call('POST', '/actions', {
      actions: [
        {
          type: 'pointer',
          id: 'mouse',
          parameters: { pointerType: 'mouse' },
          actions: [
            { type: 'pointerMove', duration: 0, ...at(from) },
            { type: 'pointerDown', button: 0 },
            { type: 'pointerMove', duration: 150, ...at(to) },
            { type: 'pointerUp', button: 0 },
          ],
        },
      ],
    });
    await this.session.call('DELETE', '/actions');
  }

  pageErrors(): string[] {
    // Classic WebDriver has no event stream: WebKit's uncaught errors are not collected.
    return [];
  }
}

/** Starts Xvfb and WebKitWebDriver (PIDs held, free display and port) and opens one MiniBrowser session. */
export async function launchWebKit(): Promise<Engine> {
  const started: ChildProcess[] = [];
  const sessions: Session[] = [];
  try {
    const xvfb = await startXvfb();
    started.push(xvfb.child);
    const port = await freePort();
    const driver = spawn(DRIVER, [`--port=${port}`], {
      stdio: 'ignore',
      env: { ...process.env, DISPLAY: xvfb.display },
    });
    started.push(driver);
    const base = `http://127.0.0.1:${port}`;
    await until(() => fetch(`${base}/status`).then((r) => r.ok), 'WebKitWebDriver to listen', 20_000);

    const open = async () => {
      const response = await fetch(`${base}/session`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({
          capabilities: {
            alwaysMatch: { 'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] } },
          },
        }),
      });
      const { value } = (await response.json()) as {
        value: { sessionId?: string; capabilities?: { browserVersion?: string }; message?: string };
      };
      if (!value.sessionId) throw new Error(`WebKitWebDriver refused a session: ${value.message}`);
      const session = new Session(base, value.sessionId);
      sessions.push(session);
      return { session, version: value.capabilities?.browserVersion ?? '?' };
    };
    const close = async (session: Session) => {
      sessions.splice(sessions.indexOf(session), 1);
      await session.call('DELETE', '').catch(() => undefined);
    };

    const first = await open();
    const page = new WebKitPage(first.session);
    return {
      name: 'webkit',
      version: `WebKitGTK ${first.version}`,
      page: async () => page,
      async freshProfile() {
        // An automation session's MiniBrowser keeps its data in memory only: a second session starts empty.
        const { session } = await open();
        return { page: new WebKitPage(session), close: () => close(session) };
      },
      async close() {
        for (const session of [...sessions]) await close(session);
        for (const child of started.reverse()) await stop(child);
      },
    };
  } catch (error) {
    for (const child of started.reverse()) await stop(child);
    throw error;
  }
}

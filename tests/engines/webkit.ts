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

// Every process we start leads its own process group (detached), so stopping its PID's group also stops what it
// started (WebKitWebDriver starts MiniBrowser, which starts WebKit's web and network processes).
const live = new Set<ChildProcess>();
const killGroup = (child: ChildProcess, signal: NodeJS.Signals) => {
  try {
    if (child.pid) process.kill(-child.pid, signal);
  } catch {
    // Already gone.
  }
};
// If the worker exits without its teardown (killed after a timeout), leave nothing running behind it.
process.once('exit', () => {
  for (const child of live) killGroup(child, 'SIGKILL');
});

/** Starts a program in a process group of its own, its PID held until `stop`. */
function start(command: string, args: string[], options: Parameters<typeof spawn>[2]): ChildProcess {
  const child = spawn(command, args, { ...options, detached: true });
  live.add(child);
  child.once('exit', () => live.delete(child));
  return child;
}

/** Stops a child we started, by its PID (its whole process group), and waits until it is gone. */
async function stop(child: ChildProcess | undefined): Promise<void> {
  if (!child?.pid || child.exitCode !== null || child.signalCode !== null) return;
  const gone = new Promise((resolve) => child.once('exit', resolve));
  killGroup(child, 'SIGTERM');
  const timer = setTimeout(() => killGroup(child, 'SIGKILL'), 5000);
  await gone;
  clearTimeout(timer);
}

/** Starts Xvfb on a display it picks itself (-displayfd), so parallel runs never collide. */
async function startXvfb(): Promise<{ child: ChildProcess; display: string }> {
  const child = start('Xvfb', ['-displayfd', '1', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], {
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
      throw new WebDriverError(json.value.error, `${method} ${path}: ${json.value.message ?? ''}`);
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

  async upload(css: string, path: string) {
    const found = (await this.evaluate((css) => document.querySelector(css), css)) as unknown as Record<string, string>;
    if (!found) throw new Error(`no ${css}`);
    // WebDriver's file upload: Element Send Keys with the path (strictFileInteractability is off by default).
    await this.session.call('POST', `/element/${found[ELEMENT]}/value`, { text: path });
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

  async screenshot() {
    return Buffer.from(await this.session.call<string>('GET', '/screenshot'), 'base64');
  }

  pageErrors(): string[] {
    // Classic WebDriver has no event stream: WebKit's uncaught errors are not collected.
    return [];
  }
}

/** Starts one WebKitWebDriver on a free port of the display (its PID held) and opens its one session. */
async function startSession(
  display: string,
  args: string[] = [],
): Promise<{ driver: ChildProcess; session: Session; version: string }> {
  const port = await freePort();
  const driver = start(DRIVER, [`--port=${port}`], { stdio: 'ignore', env: { ...process.env, DISPLAY: display } });
  try {
    const base = `http://127.0.0.1:${port}`;
    await until(() => fetch(`${base}/status`).then((r) => r.ok), 'WebKitWebDriver to listen', 20_000);
    const response = await fetch(`${base}/session`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        capabilities: {
          alwaysMatch: { 'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation', ...args] } },
        },
      }),
    });
    const { value } = (await response.json()) as {
      value: { sessionId?: string; capabilities?: { browserVersion?: string }; message?: string };
    };
    if (!value.sessionId) throw new Error(`WebKitWebDriver refused a session: ${value.message}`);
    return { driver, session: new Session(base, value.sessionId), version: value.capabilities?.browserVersion ?? '?' };
  } catch (error) {
    await stop(driver);
    throw error;
  }
}

/** Ends the session (MiniBrowser quits) and stops its driver by PID. */
async function endSession({ driver, session }: { driver: ChildProcess; session: Session }): Promise<void> {
  await session.call('DELETE', '').catch(() => undefined);
  await stop(driver);
}

/** Starts Xvfb (free display) and one driver session; stops everything by PID on close or on failure. */
export async function launchWebKit(): Promise<Engine> {
  const xvfb = await startXvfb();
  const open: Array<Awaited<ReturnType<typeof startSession>>> = [];
  const closeAll = async () => {
    for (const s of open.splice(0)) await endSession(s);
    await stop(xvfb.child);
  };
  try {
    const first = await startSession(xvfb.display);
    open.push(first);
    const page = new WebKitPage(first.session);
    return {
      name: 'webkit',
      version: `WebKitGTK ${first.version}`,
      // One session for all of a worker's tests (starting MiniBrowser costs seconds); each test has its own origin.
      page: async () => ({ page, close: async () => page.goto('about:blank') }),
      async freshProfile(options = {}) {
        // A driver serves one session, and an automation session's MiniBrowser keeps its website data in
        // memory only: a second driver's session is a fresh, empty profile.
        const args = options.userAgent ? [`--user-agent=${options.userAgent}`] : [];
        const second = await startSession(xvfb.display, args);
        open.push(second);
        return {
          page: new WebKitPage(second.session),
          close: async () => {
            open.splice(open.indexOf(second), 1);
            await endSession(second);
          },
        };
      },
      close: closeAll,
    };
  } catch (error) {
    await closeAll();
    throw error;
  }
}

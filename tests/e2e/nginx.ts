/**
 * Runs Debian's real nginx over dist/ with the repo's own deploy/nginx.conf, on a free loopback port, in the
 * foreground (`daemon off`) so the test holds its PID and stops exactly that process, never one found by name.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const NGINX = process.env.NGINX_PATH ?? '/usr/sbin/nginx';
const SITE_CONF = resolve('deploy/nginx.conf');

export interface Nginx {
  url: string;
  port: number;
  pid: number;
  /** What nginx wrote to its error log so far (warnings included). */
  errorLog(): string;
  /** Stops this nginx (SIGTERM to its master, by PID) and waits until it has exited; idempotent. */
  stop(): Promise<void>;
}

/** A port nothing listens on right now (nginx binds it a moment later; a clash makes start() fail loudly). */
async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((ok) => probe.listen(0, '127.0.0.1', ok));
  const { port } = probe.address() as { port: number };
  await new Promise((ok) => probe.close(ok));
  return port;
}

/**
 * deploy/nginx.conf as a deployer would use it, with only `listen` and `root` changed: loopback on `port`,
 * and `root` at the build. Throws if either line is not where the file promises it.
 */
function siteConfig(port: number, root: string): string {
  const conf = readFileSync(SITE_CONF, 'utf8');
  const out = conf
    .replace(/^\s*listen \[::\]:80;\n/m, '')
    .replace(/^(\s*)listen 80;$/m, `$1listen 127.0.0.1:${port};`)
    .replace(/^(\s*)root [^;]+;$/m, `$1root ${root};`);
  if (!out.includes(`listen 127.0.0.1:${port};`) || !out.includes(`root ${root};`)) {
    throw new Error('deploy/nginx.conf no longer has the `listen 80;` and `root …;` lines the test replaces');
  }
  return out;
}

/** A whole nginx.conf around the site file, with every path nginx writes inside `dir`. */
function mainConfig(dir: string, site: string): string {
  return `daemon off;
worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 128; }
http {
  access_log ${dir}/access.log;
  client_body_temp_path ${dir}/body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  sendfile on;
  include ${site};
}
`;
}

/** Writes the config into a temp dir; returns its path and the paths nginx needs. */
function writeConfig(port: number, root: string): { dir: string; conf: string } {
  const dir = mkdtempSync(join(tmpdir(), 'bri-nginx-'));
  for (const sub of ['body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) mkdirSync(join(dir, sub));
  writeFileSync(join(dir, 'site.conf'), siteConfig(port, root));
  writeFileSync(join(dir, 'nginx.conf'), mainConfig(dir, join(dir, 'site.conf')));
  return { dir, conf: join(dir, 'nginx.conf') };
}

/** `nginx -t` on the generated config: its output (warnings included) and whether it passed. */
export function checkConfig(root = resolve('dist')): { ok: boolean; output: string } {
  const { dir, conf } = writeConfig(8, root);
  try {
    const result = spawnSync(NGINX, ['-t', '-q', '-p', dir, '-e', join(dir, 'error.log'), '-c', conf], {
      encoding: 'utf8',
    });
    const log = readFileSync(join(dir, 'error.log'), { encoding: 'utf8', flag: 'a+' });
    return { ok: result.status === 0, output: `${result.stdout}${result.stderr}${log}`.trim() };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Starts nginx over `root` (default dist/); resolves once it answers. */
export async function startNginx(root = resolve('dist')): Promise<Nginx> {
  const port = await freePort();
  const { dir, conf } = writeConfig(port, root);
  const child: ChildProcess = spawn(NGINX, ['-p', dir, '-e', join(dir, 'error.log'), '-c', conf], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk) => {
    stderr += chunk;
  });
  const exited = new Promise<void>((ok) => child.once('exit', () => ok()));
  let finalLog: string | undefined;
  const errorLog = () =>
    finalLog ?? `${stderr}${readFileSync(join(dir, 'error.log'), { encoding: 'utf8', flag: 'a+' })}`;
  const url = `http://127.0.0.1:${port}`;
  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    if (child.exitCode === null && child.signalCode === null && child.pid) process.kill(child.pid, 'SIGTERM');
    await exited;
    finalLog = errorLog();
    rmSync(dir, { recursive: true, force: true });
  };
  for (let i = 0; i < 100; i++) {
    if (child.exitCode !== null) break;
    const up = await fetch(url, { method: 'HEAD' }).then(
      () => true,
      () => false,
    );
    if (up) return { url, port, pid: child.pid as number, errorLog, stop };
    await new Promise((ok) => setTimeout(ok, 50));
  }
  const log = errorLog();
  await stop();
  throw new Error(`nginx did not start on ${url}:\n${log}`);
}

/**
 * A real speech engine for browser tests (Linux): Chromium reads voices from speech-dispatcher (espeak-ng),
 * which it spawns itself, and an utterance only finishes (`start` … `end`) when there is an audio sink, so a
 * PulseAudio with a null sink runs for the tests. Both live in a runtime folder of their own
 * (`XDG_RUNTIME_DIR`, `HOME`), so parallel test workers never share a daemon, and both are stopped by their
 * own PIDs: PulseAudio as our child, speech-dispatcher from the pid file it writes in that folder (it detaches
 * from Chromium, so it is not Chromium's child when the test ends).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM_LAUNCH } from './chromium.ts';

const PULSEAUDIO = process.env.PULSEAUDIO_PATH ?? '/usr/bin/pulseaudio';

export interface SpeechRig {
  /** The environment Chromium must run in to reach this rig's speech-dispatcher and audio sink. */
  env: Record<string, string>;
  /** Chromium's launch options: Linux Chromium lists voices only with `--enable-speech-dispatcher`. */
  launch: typeof CHROMIUM_LAUNCH & { env: Record<string, string> };
  stop(): Promise<void>;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function waitFor(what: string, ok: () => boolean, ms: number): Promise<void> {
  const until = Date.now() + ms;
  while (!ok()) {
    if (Date.now() > until) throw new Error(`speech rig: ${what} did not appear within ${ms} ms`);
    await sleep(50);
  }
}

async function ended(child: ChildProcess, ms: number): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  await Promise.race([new Promise((r) => child.once('exit', r)), sleep(ms)]);
}

/** Kills a process we started (or that our Chromium started) by its PID; gone already is fine. */
function killPid(pid: number): void {
  try {
    process.kill(pid, 'SIGTERM');
  } catch {
    // It had already exited (speech-dispatcher leaves by itself a few seconds after its last client).
  }
}

/** Starts PulseAudio with a null sink in a fresh runtime folder. */
export async function startSpeechRig(): Promise<SpeechRig> {
  const dir = mkdtempSync(join(tmpdir(), 'bri-speech-'));
  const runtime = join(dir, 'run');
  const home = join(dir, 'home');
  mkdirSync(runtime);
  mkdirSync(home);
  // PulseAudio and speech-dispatcher refuse a runtime folder others can read.
  chmodSync(runtime, 0o700);
  const env = { XDG_RUNTIME_DIR: runtime, HOME: home };
  // As root, PulseAudio warns that it is "not intended to be run as root" and runs; -n loads no default.pa.
  const pulse = spawn(
    PULSEAUDIO,
    ['-n', '--daemonize=no', '--exit-idle-time=-1', '--load=module-null-sink', '--load=module-native-protocol-unix'],
    { env: { ...process.env, ...env }, stdio: 'ignore' },
  );
  const stop = async () => {
    const pidFile = join(runtime, 'speech-dispatcher', 'pid', 'speech-dispatcher.pid');
    if (existsSync(pidFile)) {
      const pid = Number.parseInt(readFileSync(pidFile, 'utf8'), 10);
      if (pid > 1) killPid(pid);
    }
    if (pulse.pid) killPid(pulse.pid);
    await ended(pulse, 5000);
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    await waitFor('PulseAudio socket', () => existsSync(join(runtime, 'pulse', 'native')), 15_000);
  } catch (error) {
    await stop();
    throw error;
  }
  return {
    env,
    launch: {
      ...CHROMIUM_LAUNCH,
      args: [...CHROMIUM_LAUNCH.args, '--enable-speech-dispatcher'],
      env: { ...(process.env as Record<string, string>), ...env },
    },
    stop,
  };
}

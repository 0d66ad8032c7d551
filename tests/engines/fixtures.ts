/**
 * Fixtures for the flows in WebKit and Firefox. The Playwright project name picks the engine; one browser runs
 * per worker (started once, stopped by PID even when a test fails), and every test gets its own static server
 * over dist/ (tests/e2e/server.ts), so its own origin, service worker and storage.
 */
import { writeFileSync } from 'node:fs';
import { test as base, expect } from '@playwright/test';
import { startServer, type TestServer } from '../e2e/server.ts';
import type { Engine, EngineName, EnginePage } from './driver.ts';
import { launchFirefox } from './firefox.ts';
import { launchWebKit } from './webkit.ts';

export { expect };

const LAUNCH: Record<EngineName, () => Promise<Engine>> = { webkit: launchWebKit, firefox: launchFirefox };

export const test = base.extend<{ server: TestServer; tab: EnginePage }, { engine: Engine }>({
  engine: [
    // biome-ignore lint/correctness/noEmptyPattern: Playwright reads a fixture's dependencies from this pattern.
    async ({}, use, workerInfo) => {
      const name = workerInfo.project.name as EngineName;
      const engine = await LAUNCH[name]();
      try {
        await use(engine);
      } finally {
        await engine.close();
      }
    },
    { scope: 'worker', timeout: 60_000 },
  ],
  // biome-ignore lint/correctness/noEmptyPattern: as above.
  server: async ({}, use) => {
    const server = await startServer();
    await use(server);
    await server.stop();
  },
  tab: async ({ engine }, use, testInfo) => {
    testInfo.annotations.push({ type: 'engine', description: engine.version });
    const { page: tab, close } = await engine.page();
    await use(tab);
    if (testInfo.status !== testInfo.expectedStatus) {
      const shot = await tab.screenshot().catch(() => undefined);
      const path = testInfo.outputPath('screenshot.png');
      if (shot) writeFileSync(path, shot);
      if (shot) await testInfo.attach('screenshot', { path, contentType: 'image/png' });
    }
    await close();
    expect(tab.pageErrors(), 'uncaught errors in the page').toEqual([]);
  },
});

import { defineConfig } from '@playwright/test';
import { CHROMIUM_LAUNCH, PHONE } from './tests/e2e/chromium.ts';

// Browser tests run against the built site (dist/), which `npm test` builds first.
export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  timeout: 60_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  // Two cores: one worker per core; each test gets its own server (own origin), so they never share a worker.
  workers: process.env.CI ? 2 : 2,
  retries: 0,
  // Says once, up front, when the seed comparisons skip (a clone without ../shared/seed).
  globalSetup: './tests/seed.ts',
  reporter: [['list']],
  use: {
    launchOptions: CHROMIUM_LAUNCH,
    ...PHONE,
    serviceWorkers: 'allow',
  },
});

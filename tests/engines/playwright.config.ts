import { defineConfig } from '@playwright/test';

// The flows in WebKit and Firefox (tests/engines/README.md). They drive Debian's engines themselves, so no
// Playwright browser is used; the runner gives us projects, fixtures, expect.poll and the report.
export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  globalSetup: './global-setup.ts',
  // Generous: eight engineers share these two cores; a healthy run takes a fraction of it.
  timeout: 180_000,
  expect: { timeout: 20_000 },
  fullyParallel: false,
  // Two cores: WebKit and Firefox run side by side, one browser each.
  workers: 2,
  retries: 0,
  reporter: [['list']],
  projects: [{ name: 'webkit' }, { name: 'firefox' }],
});

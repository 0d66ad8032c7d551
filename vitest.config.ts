import { defineConfig } from 'vitest/config';

// Unit tests only. Browser tests (tests/e2e) run under Playwright and must never be picked up here.
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    testTimeout: 20_000,
    // Says once, up front, when the seed comparisons skip (a clone without ../shared/seed).
    globalSetup: ['tests/seed.ts'],
    // The interface's words, loaded before any component renders (as src/reader/main.tsx does).
    setupFiles: ['tests/unit/setup.ts'],
  },
});

/**
 * Shared fixtures for browser tests. Every test gets its own static server over dist/ (so its own origin,
 * service worker and storage), and fails on any console error or Content-Security-Policy violation unless
 * it declares the errors it expects (a stopped server makes Chromium log failed loads, for example).
 */
import { test as base, expect, type Page } from '@playwright/test';
import { startServer, type TestServer } from './server.ts';

export { expect };

interface Fixtures {
  server: TestServer;
  /** Console errors matching one of these are expected by the test and do not fail it. */
  allowedConsoleErrors: RegExp[];
}

export const test = base.extend<Fixtures>({
  allowedConsoleErrors: [[], { option: true }],
  // biome-ignore lint/correctness/noEmptyPattern: Playwright reads a fixture's dependencies from this pattern.
  server: async ({}, use) => {
    const server = await startServer();
    await use(server);
    await server.stop();
  },
  page: async ({ page, allowedConsoleErrors }, use) => {
    const problems: string[] = [];
    await watch(page, problems, allowedConsoleErrors);
    await use(page);
    expect(problems, 'console errors or CSP violations during the test').toEqual([]);
  },
});

/** Records console errors, page errors and CSP violations of a page (and its reloads) into `problems`. */
export async function watch(page: Page, problems: string[], allowed: RegExp[] = []): Promise<void> {
  const ok = (text: string) => allowed.some((re) => re.test(text));
  page.on('console', (msg) => {
    if (msg.type() === 'error' && !ok(msg.text())) problems.push(`console: ${msg.text()}`);
  });
  page.on('pageerror', (error) => {
    if (!ok(error.message)) problems.push(`pageerror: ${error.message}`);
  });
  // A CSP violation is reported as an event in the page; expose it to the test.
  await page.exposeFunction('__reportCsp', (text: string) => problems.push(`csp: ${text}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { __reportCsp(t: string): void }).__reportCsp(
        `${e.violatedDirective} blocked ${e.blockedURI || 'inline'}`,
      );
    });
  });
}

/**
 * The update flow needs a second real build. `npm test` builds dist/ first; the next version (dist-next, the
 * same sources with VITE_BRI_VERSION=next, as in tests/e2e/update.spec.ts) is built here once for both engines,
 * and reused when it is newer than dist/.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';

export const NEXT = 'dist-next';

export default function globalSetup(): void {
  if (!existsSync('dist/index.html')) throw new Error('dist/ is missing: run `npm run build` first');
  const fresh =
    existsSync(`${NEXT}/index.html`) && statSync(`${NEXT}/index.html`).mtimeMs > statSync('dist/index.html').mtimeMs;
  if (fresh) return;
  execFileSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'error'], {
    env: { ...process.env, BRI_OUT_DIR: NEXT, VITE_BRI_VERSION: 'next' },
    stdio: 'pipe',
    timeout: 180_000,
  });
}

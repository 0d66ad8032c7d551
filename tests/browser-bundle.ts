/**
 * Bundles source modules into one IIFE for a test or the bench to inject into a page, so the browser runs
 * exactly the shipped code without a build of the app. Never writes to dist/, which other tests serve.
 */
import { tmpdir } from 'node:os';
import { resolve } from 'node:path';
import { build } from 'vite';

const ENTRY = 'virtual:browser-bundle';

/** Returns the code of an IIFE that sets `window[name]` to everything the given source files export. */
export async function bundleForPage(files: readonly string[], name: string): Promise<string> {
  const source = files.map((f) => `export * from '${resolve(f)}';`).join('\n');
  const out = await build({
    configFile: false,
    logLevel: 'silent',
    plugins: [
      {
        name: 'browser-bundle-entry',
        // Vite resolves a lib entry against the root first, so match the end of the id.
        resolveId: (id) => (id.endsWith(ENTRY) ? ENTRY : null),
        load: (id) => (id === ENTRY ? source : null),
      },
    ],
    build: {
      write: false,
      emptyOutDir: false,
      copyPublicDir: false,
      outDir: resolve(tmpdir(), `browser-bundle-${name}`),
      minify: false,
      lib: { entry: ENTRY, formats: ['iife'], name, fileName: name },
    },
  });
  let code = '';
  for (const o of Array.isArray(out) ? out : [out]) {
    if ('output' in o) for (const chunk of o.output) if (chunk.type === 'chunk') code += chunk.code;
  }
  return code;
}

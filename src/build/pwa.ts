import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import type { VitePWAOptions } from 'vite-plugin-pwa';
import { webManifest } from './manifest.ts';

/**
 * What the service worker precaches, as globs over dist/. Photos are left out on purpose: each device stores
 * only the variants it shows (src/sw/to-cache.ts), instead of all 4 widths × 3 formats.
 */
const PRECACHE_GLOBS = ['**/*.{html,js,css,json,webmanifest,svg,png,ico,woff2,txt}'];
const PRECACHE_IGNORES = ['assets/photos/**', 'sw.js', 'sw.js.map', '**/*.map'];

/**
 * `VITE_RETIRE_SW=1 npm run build` emits, at the same /sw.js, a worker that unregisters itself and deletes only
 * this app's caches (src/sw/self-destroying.ts). The VITE_ prefix lets the page see the same flag and stop
 * registering. See src/offline/README.md, "Retiring a broken release".
 */
function retiring(): boolean {
  return process.env.VITE_RETIRE_SW === '1';
}

/** Serves src/sw/self-destroying.ts in place of the worker entry when retiring. */
function retireWorker(): Plugin {
  const entry = resolve('src/sw/sw.ts');
  return {
    name: 'bri:retire-sw',
    enforce: 'pre',
    load(id) {
      if (id.split('?')[0] === entry) return "import './self-destroying.ts';";
      return undefined;
    },
  };
}

/** Options for vite-plugin-pwa: our own worker (injectManifest), the web app manifest and icons from one SVG. */
export function pwaOptions(): Partial<VitePWAOptions> {
  const retire = retiring();
  return {
    strategies: 'injectManifest',
    srcDir: 'src/sw',
    // vite-plugin-pwa names the output after the source file: src/sw/sw.ts → /sw.js, a URL that never changes.
    filename: 'sw.ts',
    // src/offline/lifecycle.ts registers with workbox-window after `load`, so the first paint never waits.
    injectRegister: false,
    manifestFilename: 'manifest.webmanifest',
    injectManifest: {
      globPatterns: PRECACHE_GLOBS,
      globIgnores: PRECACHE_IGNORES,
      // The default (2 MiB). Anything bigger would be silently left out of the precache; vite-plugin-pwa turns
      // that warning into a build error, and tests/e2e/dist.spec.ts checks no file is skipped.
      maximumFileSizeToCacheInBytes: 2 * 1024 * 1024,
      // A retiring worker has no manifest to inject.
      injectionPoint: retire ? undefined : 'self.__WB_MANIFEST',
      buildPlugins: retire ? { vite: [retireWorker()] } : undefined,
    },
    pwaAssets: {
      config: true,
      // index.html already links /favicon.svg and the apple-touch icon, and has media-specific theme colours.
      includeHtmlHeadLinks: false,
      injectThemeColor: false,
      overrideManifestIcons: false,
    },
    // The English page's; the Russian and Tajik pages' are emitted beside them (src/build/vite-plugin.ts).
    manifest: webManifest('en'),
  };
}

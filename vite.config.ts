import preact from '@preact/preset-vite';
import { VitePWA } from 'vite-plugin-pwa';
import { defineConfig } from 'vite';
import { pwaOptions } from './src/build/pwa.ts';
import { copyMapPlugin } from './src/build/copy-map.ts';
import { contentPlugin } from './src/build/vite-plugin.ts';
import { renderMapSection } from './src/build/map-section.tsx';

export default defineConfig({
  plugins: [preact(), contentPlugin({ afterArticle: renderMapSection }), copyMapPlugin(), VitePWA(pwaOptions())],
  build: {
    // Budgets are checked on real bytes (tests/e2e/budgets.spec.ts); no inline assets keeps them honest.
    assetsInlineLimit: 0,
    target: 'es2022',
    outDir: process.env.BRI_OUT_DIR ?? 'dist',
    rolldownOptions: {
      output: {
        // Everything the entry imports statically, in one file: without this group Rolldown splits modules that
        // lazy chunks also import into small files of their own (rolldown#10731), each compressed apart and
        // preloaded apart, which cost about 1.4 KB of the 30 KB first load.
        codeSplitting: {
          groups: [{ name: 'reader', test: /src[\\/]reader[\\/]main\.tsx$/ }],
        },
        // Each language's interface words (src/i18n/runtime.ts) get a name that says so: interface-ru-<hash>.js.
        chunkFileNames: (chunk) => {
          const lang = chunk.facadeModuleId?.match(/\/i18n\/messages\/(\w+)\/core\.ts$/)?.[1];
          return lang ? `assets/interface-${lang}-[hash].js` : 'assets/[name]-[hash].js';
        },
      },
    },
  },
  preview: { port: 4173, strictPort: true },
});

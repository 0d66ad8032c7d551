import preact from '@preact/preset-vite';
import { VitePWA } from 'vite-plugin-pwa';
import { defineConfig } from 'vite';
import { pwaOptions } from './src/build/pwa.ts';
import { contentPlugin } from './src/build/vite-plugin.ts';
import { renderMapSection } from './src/build/map-section.tsx';

export default defineConfig({
  plugins: [preact(), contentPlugin({ afterArticle: renderMapSection }), VitePWA(pwaOptions())],
  build: {
    // Budgets are checked on real bytes (tests/e2e/budgets.spec.ts); no inline assets keeps them honest.
    assetsInlineLimit: 0,
    target: 'es2022',
    outDir: process.env.BRI_OUT_DIR ?? 'dist',
  },
  preview: { port: 4173, strictPort: true },
});

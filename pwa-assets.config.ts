import { defineConfig, minimal2023Preset } from '@vite-pwa/assets-generator/config';

/**
 * The app icons, rendered at build time from one SVG (vite-plugin-pwa's `pwaAssets: { config: true }` reads
 * this file): 64/192/512 PNGs, a maskable 512 and the 180 px apple-touch icon that index.html links.
 * The maskable and apple icons get the icon's own background colour so no white frame shows.
 */
export default defineConfig({
  headLinkOptions: { preset: '2023' },
  preset: {
    ...minimal2023Preset,
    maskable: { ...minimal2023Preset.maskable, padding: 0, resizeOptions: { background: '#9a3412' } },
    apple: { ...minimal2023Preset.apple, padding: 0, resizeOptions: { background: '#9a3412' } },
  },
  images: ['public/icon.svg'],
});

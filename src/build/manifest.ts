/**
 * Build time only: the web app manifest, one per interface language. Each page links its own
 * (`/manifest.webmanifest`, `/ru/manifest.webmanifest`, `/tg/manifest.webmanifest`), so the app installed from
 * the Russian page is named in Russian on the home screen and opens at `/ru/`. That matters on an iPhone, where
 * a Home Screen app keeps storage apart from Safari's and so cannot read the Language choice made there. All
 * three are one app (`id: '/'`): installing from another language's page updates it rather than adding another.
 */
import type { ManifestOptions } from 'vite-plugin-pwa';
import { CATALOGUES } from '../i18n/index.ts';
import { LANGUAGE_PATHS, type Language } from '../i18n/languages.ts';

/** The page's light theme colour (src/reader/styles/base.css): the manifest can carry only one. */
const THEME_LIGHT = '#fbf8f2';

/** Where a language's manifest is served: beside its page. */
export function manifestPath(lang: Language): string {
  return `${LANGUAGE_PATHS[lang]}manifest.webmanifest`;
}

/** The manifest in `lang`: its names, description and start page in that language; icons by absolute path. */
export function webManifest(lang: Language): Partial<ManifestOptions> {
  const t = CATALOGUES[lang].page;
  return {
    id: '/',
    name: t.appName,
    short_name: t.appShortName,
    description: t.appDescription,
    lang,
    dir: 'ltr',
    start_url: LANGUAGE_PATHS[lang],
    scope: '/',
    display: 'standalone',
    // One colour only; the page's <meta name="theme-color" media=…> tags switch to the dark one in dark mode.
    theme_color: THEME_LIGHT,
    background_color: THEME_LIGHT,
    categories: ['books', 'education', 'news'],
    icons: [
      { src: '/pwa-64x64.png', sizes: '64x64', type: 'image/png' },
      { src: '/pwa-192x192.png', sizes: '192x192', type: 'image/png' },
      { src: '/pwa-512x512.png', sizes: '512x512', type: 'image/png' },
      { src: '/maskable-icon-512x512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
  };
}

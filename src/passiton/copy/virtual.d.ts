// The copy's static map, drawn at build time by src/build/copy-map.ts (copyMapPlugin): the shapes once, the
// names in each interface language.
declare module 'virtual:copy-map' {
  /** The map as one `<svg>` element, its names in `lang` (`en`, `ru`, `tg`; English for any other). */
  export default function copyMap(lang: string): string;
}

// First bundle: the toolbar's icons, drawn inline (no icon font, no extra request). Decorative: buttons carry names.
const paths = {
  bookmark: 'M6 3h12v18l-6-4.5L6 21z',
  bookmarks: 'M4 5h4M4 12h4M4 19h4M11 5h9M11 12h9M11 19h9',
  highlights: 'M4 20h6M14.5 4.5l5 5L10 19H5v-5z',
  settings: 'M4 19 9 5l5 14M5.8 14h6.4M15 19l3-8 3 8M15.8 17h4.4',
  listen: 'M4 9.5v5h3.5l4.5 4v-13l-4.5 4zM15.5 9a4 4 0 0 1 0 6M18 6.5a7.5 7.5 0 0 1 0 11',
} as const;

/** An inline SVG icon by name. */
export function Icon({ name }: { name: keyof typeof paths }) {
  return (
    <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path d={paths[name]} />
    </svg>
  );
}

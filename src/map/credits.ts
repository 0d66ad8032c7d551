// Ships lazily with the map, and at build time in the prerendered section (src/build/map-section.tsx): the
// sources the map credits, as links, written once.

/** Each source's link, put in place of a credit message's `{placeholder}` of the same name. */
const CREDIT_LINKS: Readonly<Record<string, string>> = {
  naturalEarth: '<a href="https://www.naturalearthdata.com/" rel="external noopener">Natural Earth</a>',
  geoNames: '<a href="https://www.geonames.org/" rel="external noopener">GeoNames</a>',
  cldr: '<a href="https://cldr.unicode.org/" rel="external noopener">Unicode CLDR</a>',
  openStreetMap: '<a href="https://www.openstreetmap.org/copyright" rel="external noopener">OpenStreetMap</a>',
};

/**
 * A credit message (from the map catalogue, which never writes markup) as HTML: its own text escaped, then its
 * `{placeholders}` replaced by the sources' links.
 */
export function creditHtml(message: string): string {
  const text = message.replace(/[&<>"]/g, (c) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot' }[c]};`);
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => CREDIT_LINKS[name] ?? whole);
}

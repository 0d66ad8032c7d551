/**
 * Ships lazily with the map. Canvas paths cannot use CSS variables, so the basemap colours defined in map.css
 * are resolved to concrete colours here, and re-resolved whenever the page's theme changes.
 */

export interface Palette {
  water: string;
  river: string;
  land: string;
  border: string;
  place: string;
  label: string;
  halo: string;
}

const NAMES: Record<keyof Palette, string> = {
  water: '--map-water',
  river: '--map-river',
  land: '--map-land',
  border: '--map-border',
  place: '--map-place',
  label: '--map-label',
  halo: '--map-halo',
};

/** Resolves the map's custom properties (which may use var() and color-mix()) to rgb() strings. */
export function readPalette(container: HTMLElement): Palette {
  // A probe element inherits the custom properties; its computed `color` is the fully resolved colour.
  const probe = document.createElement('span');
  probe.hidden = true;
  container.appendChild(probe);
  const resolve = (name: string) => {
    probe.style.color = `var(${name})`;
    return getComputedStyle(probe).color;
  };
  const palette = Object.fromEntries(
    Object.entries(NAMES).map(([key, name]) => [key, resolve(name)]),
  ) as unknown as Palette;
  probe.remove();
  return palette;
}

/** Calls `onChange` when the page switches theme, by attribute or by the system setting; returns a stop function. */
export function watchTheme(onChange: () => void): () => void {
  let frame = 0;
  const schedule = () => {
    cancelAnimationFrame(frame);
    frame = requestAnimationFrame(onChange);
  };
  const observer = new MutationObserver(schedule);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme', 'class', 'style'] });
  const media = matchMedia('(prefers-color-scheme: dark)');
  media.addEventListener('change', schedule);
  return () => {
    cancelAnimationFrame(frame);
    observer.disconnect();
    media.removeEventListener('change', schedule);
  };
}

// First bundle and build time: the settings facts the first paint depends on. src/storage/settings.ts keeps
// the reader's settings by them, and src/build/boot-script.ts writes them into boot.js, so the two never part.

/**
 * localStorage key holding `{"theme": Theme, "textSize": number, "translation": boolean | null}`: a copy of
 * the settings that change the first paint, so a tiny boot script can apply them synchronously before the page draws (IndexedDB is async
 * and would flash the default theme). IndexedDB stays the source of truth; the copy is rewritten on every
 * save and read.
 */
export const SETTINGS_MIRROR_KEY = 'bri-reader:settings';

/** The text sizes accepted, in percent of the default; anything else stored is ignored. */
export const TEXT_SIZE_RANGE = { min: 50, max: 300 } as const;

/** True for a stored text size inside TEXT_SIZE_RANGE. */
export function isTextSize(value: unknown): value is number {
  return typeof value === 'number' && value >= TEXT_SIZE_RANGE.min && value <= TEXT_SIZE_RANGE.max;
}

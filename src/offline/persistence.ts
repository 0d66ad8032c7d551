// First bundle (small): asking the browser to keep our storage, and how much is used.

export type PersistResult = 'granted' | 'refused' | 'unsupported';

/** Why persistence was asked; only used to ask at a meaningful moment, never on page load. */
export type PersistReason = 'install' | 'first-highlight' | 'settings';

/**
 * Asks the browser not to evict this site's storage (highlights, notes, the offline copy) under pressure.
 * Call on a meaningful gesture: installing, the first highlight, or the reader's own button in settings.
 * Chromium decides by engagement (installed, bookmarked, often visited); Firefox asks the reader.
 */
export async function requestPersistence(_reason: PersistReason): Promise<PersistResult> {
  if (!navigator.storage?.persist) return 'unsupported';
  try {
    if (await navigator.storage.persisted()) return 'granted';
    return (await navigator.storage.persist()) ? 'granted' : 'refused';
  } catch {
    return 'refused';
  }
}

/** Whether storage is already persistent ('unsupported' when the browser cannot say). */
export async function persistence(): Promise<PersistResult> {
  if (!navigator.storage?.persisted) return 'unsupported';
  return (await navigator.storage.persisted().catch(() => false)) ? 'granted' : 'refused';
}

/** Bytes used and the quota the browser grants this site, if it says. */
export async function storageEstimate(): Promise<{ usage: number; quota: number } | undefined> {
  if (!navigator.storage?.estimate) return undefined;
  const { usage = 0, quota = 0 } = await navigator.storage.estimate().catch(() => ({ usage: 0, quota: 0 }));
  return { usage, quota };
}

/** "1.2 MB" — sizes for people, in decimal units as phones show them. */
export function formatBytes(bytes: number): string {
  if (bytes < 1000) return `${bytes} B`;
  const units = ['kB', 'MB', 'GB', 'TB'];
  let value = bytes / 1000;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit++;
  }
  return `${value < 10 ? value.toFixed(1) : Math.round(value)} ${units[unit]}`;
}

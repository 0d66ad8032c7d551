// First bundle (small): asking the browser to keep our storage, and how much is used.
import { formatNumber } from '../i18n/intl.ts';
import { offlineText as t } from '../i18n/text/offline.ts';

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

const UNITS = ['kilobytes', 'megabytes', 'gigabytes', 'terabytes'] as const;

/** "1.2 MB" — sizes for people, in decimal units as phones show them, in the interface language ("1,2 МБ"). */
export function formatBytes(bytes: number): string {
  if (bytes < 1000) return t('bytes', { size: formatNumber(bytes, { useGrouping: false }) });
  let value = bytes / 1000;
  let unit = 0;
  while (value >= 1000 && unit < UNITS.length - 1) {
    value /= 1000;
    unit++;
  }
  // One decimal below 10 ("1.2 MB"), none above ("345 MB"); no grouping, as "1000 TB" is the most it writes.
  const digits = value < 10 ? 1 : 0;
  const size = formatNumber(value, {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
    useGrouping: false,
  });
  return t(UNITS[unit] ?? 'terabytes', { size });
}

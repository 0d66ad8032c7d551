import type { CatalogueOf } from '../../format.ts';
import type { offline as en } from '../en/offline.ts';

/** Russian: offline, as en/offline.ts. */
export const offline: CatalogueOf<typeof en> = {};

import type { CatalogueOf } from '../../format.ts';
import type { map as en } from '../en/map.ts';

/** Russian: map, as en/map.ts. */
export const map: CatalogueOf<typeof en> = {};

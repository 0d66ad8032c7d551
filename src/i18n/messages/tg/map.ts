import type { CatalogueOf } from '../../format.ts';
import type { map as en } from '../en/map.ts';

/** Tajik (Cyrillic): map, as en/map.ts. */
export const map: CatalogueOf<typeof en> = {};

import type { CatalogueOf } from '../../format.ts';
import type { cite as en } from '../en/cite.ts';

/** Tajik (Cyrillic): cite, as en/cite.ts. */
export const cite: CatalogueOf<typeof en> = {};

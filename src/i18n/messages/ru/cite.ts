import type { CatalogueOf } from '../../format.ts';
import type { cite as en } from '../en/cite.ts';

/** Russian: cite, as en/cite.ts. */
export const cite: CatalogueOf<typeof en> = {};

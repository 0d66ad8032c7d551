import type { CatalogueOf } from '../../format.ts';
import type { listen as en } from '../en/listen.ts';

/** Tajik (Cyrillic): listen, as en/listen.ts. */
export const listen: CatalogueOf<typeof en> = {};

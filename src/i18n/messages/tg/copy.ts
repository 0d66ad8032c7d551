import type { CatalogueOf } from '../../format.ts';
import type { copy as en } from '../en/copy.ts';

/** Tajik (Cyrillic): copy, as en/copy.ts. */
export const copy: CatalogueOf<typeof en> = {};

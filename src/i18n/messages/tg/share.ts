import type { CatalogueOf } from '../../format.ts';
import type { share as en } from '../en/share.ts';

/** Tajik (Cyrillic): share, as en/share.ts. */
export const share: CatalogueOf<typeof en> = {};

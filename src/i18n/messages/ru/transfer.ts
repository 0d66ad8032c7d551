import type { CatalogueOf } from '../../format.ts';
import type { transfer as en } from '../en/transfer.ts';

/** Russian: transfer, as en/transfer.ts. */
export const transfer: CatalogueOf<typeof en> = {};

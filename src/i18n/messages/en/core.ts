import type { CatalogueOf } from '../../format.ts';
import { offline } from './offline.ts';
import { reader } from './reader.ts';

/**
 * What the first bundle shows, in English. Each language's core.ts is its own small chunk: a page downloads
 * only its language's (src/i18n/runtime.ts). Lazy features keep their strings in their own area files.
 */
export const core = { reader, offline } as const;

/** The shape of every language's core: English's areas and keys. */
export type CoreCatalogue = { readonly [A in keyof typeof core]: CatalogueOf<(typeof core)[A]> };

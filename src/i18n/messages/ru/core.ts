import type { CoreCatalogue } from '../en/core.ts';
import { offline } from './offline.ts';
import { reader } from './reader.ts';

export const core: CoreCatalogue = { reader, offline };

// Lazy: the copy area's translator, with all three languages (small) bundled into the chunk that imports it.
import { copy as en } from '../messages/en/copy.ts';
import { copy as ru } from '../messages/ru/copy.ts';
import { copy as tg } from '../messages/tg/copy.ts';
import { translator } from '../runtime.ts';

export const copyText = translator<typeof en>({ en, ru, tg });

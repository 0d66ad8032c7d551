// Lazy: the cite area's translator, with all three languages (small) bundled into the chunk that imports it.
import { cite as en } from '../messages/en/cite.ts';
import { cite as ru } from '../messages/ru/cite.ts';
import { cite as tg } from '../messages/tg/cite.ts';
import { translator } from '../runtime.ts';

export const citeText = translator<typeof en>({ en, ru, tg });

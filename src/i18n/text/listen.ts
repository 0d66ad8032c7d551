// Lazy: the listen area's translator, with all three languages (small) bundled into the chunk that imports it.
import { listen as en } from '../messages/en/listen.ts';
import { listen as ru } from '../messages/ru/listen.ts';
import { listen as tg } from '../messages/tg/listen.ts';
import { translator } from '../runtime.ts';

export const listenText = translator<typeof en>({ en, ru, tg });

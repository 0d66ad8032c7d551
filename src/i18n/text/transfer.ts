// Lazy: the transfer area's translator, with all three languages (small) bundled into the chunk that imports it.
import { transfer as en } from '../messages/en/transfer.ts';
import { transfer as ru } from '../messages/ru/transfer.ts';
import { transfer as tg } from '../messages/tg/transfer.ts';
import { translator } from '../runtime.ts';

export const transferText = translator<typeof en>({ en, ru, tg });

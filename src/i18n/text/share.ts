// Lazy: the share area's translator, with all three languages (small) bundled into the chunk that imports it.
import { share as en } from '../messages/en/share.ts';
import { share as ru } from '../messages/ru/share.ts';
import { share as tg } from '../messages/tg/share.ts';
import { translator } from '../runtime.ts';

export const shareText = translator<typeof en>({ en, ru, tg });

// Lazy: the map area's translator, with all three languages (small) bundled into the chunk that imports it.
import { map as en } from '../messages/en/map.ts';
import { map as ru } from '../messages/ru/map.ts';
import { map as tg } from '../messages/tg/map.ts';
import { translator } from '../runtime.ts';

export const mapText = translator<typeof en>({ en, ru, tg });

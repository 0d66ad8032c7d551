import type { CatalogueOf } from '../../format.ts';
import type { reader as en } from '../en/reader.ts';

/** Tajik (Cyrillic): reader, as en/reader.ts. */
export const reader: CatalogueOf<typeof en> = {
  listen: 'Гӯш кардан',
  listenPlay: 'Мақоларо аз ҳамин ҷо бо овоз хондан',
  listenPause: 'Хондани бо овозро боздоштан',
  bookmark: 'Хатчӯб',
  bookmarkAdd: 'Дар ҳамин ҷо хатчӯб гузоштан',
  bookmarkRemove: 'Хатчӯби ин ҷоро бардоштан',
  bookmarks: 'Хатчӯбҳо',
  highlights: 'Ҷудокардаҳо',
  listenFailed: 'Хондани бо овоз бор нашуд. Саҳифаро аз нав бор кунед ва боз кӯшиш кунед.',
  readingSettings: 'Танзимоти хондан',
};

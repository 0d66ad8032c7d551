import type { CatalogueOf } from '../../format.ts';
import type { reader as en } from '../en/reader.ts';

/** Russian: reader, as en/reader.ts. */
export const reader: CatalogueOf<typeof en> = {
  listen: 'Слушать',
  listenPlay: 'Читать статью вслух с этого места',
  listenPause: 'Приостановить чтение вслух',
  bookmark: 'Закладка',
  bookmarkAdd: 'Добавить закладку здесь',
  bookmarkRemove: 'Убрать закладку здесь',
  bookmarks: 'Закладки',
  highlights: 'Выделения',
  listenFailed: 'Не удалось загрузить чтение вслух. Перезагрузите страницу и попробуйте снова.',
  readingSettings: 'Настройки чтения',
};

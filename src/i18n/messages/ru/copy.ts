import type { CatalogueOf } from '../../format.ts';
import type { copy as en } from '../en/copy.ts';

/** Russian: copy, as en/copy.ts. */
export const copy: CatalogueOf<typeof en> = {
  downloaded: 'Сохранено: {name}. Файл открывается в любом браузере, без интернета и без приложения.',
  shared: 'Копия отправлена.',
  failed: 'Не удалось сделать копию: {reason}',
  noArticle: 'на странице нет статьи',
  cannotDraw: 'этот браузер не может отрисовать фотографии',

  readerNotes: 'Мои выделения и заметки',
  readerNotesIntro: 'Отмечено в тексте выше читателем, сохранившим эту копию; не часть статьи.',
  noNote: '(без заметки)',
  offline: 'Этот файл — всё издание целиком: ему не нужны интернет и приложение, и он ничего не загружает.',
  savedFrom: 'Сохранено с {origin} {date}.',
  version: 'Версия содержания {version}.',
  mapTitle: '{heading}: {places}',
};

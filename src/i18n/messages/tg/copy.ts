import type { CatalogueOf } from '../../format.ts';
import type { copy as en } from '../en/copy.ts';

/** Tajik (Cyrillic): copy, as en/copy.ts. */
export const copy: CatalogueOf<typeof en> = {
  downloaded: '{name} нигоҳ дошта шуд. Он дар ҳар браузер, бе интернет ва бе барнома кушода мешавад.',
  shared: 'Нусха фиристода шуд.',
  failed: 'Нусха сохта нашуд: {reason}',
  noArticle: 'дар саҳифа мақола нест',
  cannotDraw: 'ин браузер суратҳоро кашида наметавонад',

  readerNotes: 'Ҷудокардаҳо ва ёддоштҳои ман',
  readerNotesIntro:
    'Дар матни боло аз ҷониби хонандае, ки ин нусхаро нигоҳ доштааст, ишора шудааст; ҷузви мақола нест.',
  noNote: '(бе ёддошт)',
  offline: 'Ин файл тамоми нашр аст: ба интернет ва барнома ниёз надорад ва ҳеҷ чизро бор намекунад.',
  savedFrom: 'Аз {origin} санаи {date} нигоҳ дошта шуд.',
  version: 'Версияи мундариҷа: {version}.',
  mapTitle: '{heading}: {places}',
};

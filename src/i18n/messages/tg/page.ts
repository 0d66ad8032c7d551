import type { CatalogueOf } from '../../format.ts';
import type { page as en } from '../en/page.ts';

/** Tajik (Cyrillic) interface strings; same keys and placeholders as en.ts (tests/unit/i18n checks). */
export const page: CatalogueOf<typeof en> = {
  translationToggle: 'Тарҷума',
  // A noun after a numeral stays singular in Tajik («{count} порча»), so both forms read the same.
  translationAbout: {
    one: 'Тарҷумаҳои русӣ ва тоҷикӣ (ҳар кадом {count} порча) аз они ин нашранд, бо ёрии тарҷумаи мошинӣ омода шудаанд ва муаллиф онҳоро насанҷидааст. Аз матни англисии муаллиф иқтибос оред.',
    other:
      'Тарҷумаҳои русӣ ва тоҷикӣ (ҳар кадом {count} порча) аз они ин нашранд, бо ёрии тарҷумаи мошинӣ омода шудаанд ва муаллиф онҳоро насанҷидааст. Аз матни англисии муаллиф иқтибос оред.',
  },
  skipLink: 'Гузаштан ба мақола',
  appTitle: 'Камарбанд ва Роҳ дар Осиёи Марказӣ',
  description: '{title}. Муаллиф: {author} ({affiliation}). Бе интернет хонда мешавад.',
  passItOnTitle: 'Ба дигарон расонед',
  passItOnNoScript: 'Барои нигоҳ доштани нусха, мубодилаи ҷудокардаҳо ва иқтибос JavaScript лозим аст.',
  yourDataTitle: 'Ҷудокардаҳо, қайдҳо ва хатчӯбҳои шумо',
  yourDataNoScript: 'Онҳо танҳо дар ҳамин дастгоҳ нигоҳ дошта мешаванд. Барои нигоҳ доштанашон JavaScript лозим аст.',
  footer:
    'Нашри хониш барои хонандагоне, ки алоқаашон кам аст ё тамоман нест. Ҷудокардаҳо, қайдҳо ва хатчӯбҳои шумо дар ҳамин дастгоҳ мемонанд; ҳеҷ чиз ба ҳеҷ ҷо фиристода намешавад.',
  noScript:
    'Хондан бе JavaScript ҳам мумкин аст; барои ҷудокардаҳо, қайдҳо, нигоҳдорӣ бе интернет ва харитаи интерактивӣ он лозим аст.',
  otherLanguages: 'Ин нашр бо забонҳои дигар',
  language: 'Забон',
  byline: 'Муаллиф: {author}',
  aboutEdition: 'Дар бораи ин нашр',
  standIn: 'Тасвири ивазкунанда',
  standInNote: 'аз ҷониби ин нашр кашида шудааст, зеро акси муаллиф дастрас нест.',
  showOnMap: 'Дар харита нишон додан',
};

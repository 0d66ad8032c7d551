import type { CatalogueOf } from '../../format.ts';
import type { map as en } from '../en/map.ts';

/**
 * Tajik (Cyrillic): map, as en/map.ts. Place names in sourced forms (each source beside the name); the
 * captions are the edition's translations of the author's (content/translations/tg.yaml). Coordinates inside
 * the notes keep the decimal point, as GPS devices and map sites write them. A noun after a numeral stays
 * singular in Tajik, so both plural forms read the same.
 */
export const map: CatalogueOf<typeof en> = {
  heading: 'Харитаи ҷойҳои аксҳо',
  intro:
    'Муаллиф ду ҷойро ном мебарад, ва танҳо дар навиштаҷоти аксҳояш. Харита, нишонаҳояш ва ҳар эзоҳи поён аз они нашранд, ҳар кадом бо манбаъаш. Харита дар ҳамин дастгоҳ нигоҳ дошта мешавад ва бе интернет кор мекунад.',
  showMap: 'Нишон додани харита',
  onlineLayer: 'Харитаи муфассал (онлайн)',
  onlineNote:
    'Харитаи муфассал қисмҳои OpenStreetMap-ро аз интернет бор мекунад, танҳо барои минтақае, ки шумо мебинед; то шумо онро фаъол накунед, хомӯш аст.',
  credits: 'Асоси харита аз {naturalEarth} (моликияти ҷамъиятӣ); шаҳрҳо © {geoNames}, CC BY 4.0.',

  attribution: 'Асоси харита {naturalEarth} | Шаҳрҳо © {geoNames}, CC BY 4.0',
  countryNames: 'Номҳои кишварҳо аз {cldr}',
  osmAttribution: '© саҳмгузорони {openStreetMap}',
  zoomIn: 'Наздик кардан',
  zoomOut: 'Дур кардан',
  closePopup: 'Пӯшидани варақаи ҷой',

  candidate: 'Эҳтимолӣ: муаллиф ағбаро ном намебарад.',
  noteLabel: 'Эзоҳи нашр, манбаъ: {source}.',
  notesSummary: 'Эзоҳҳо ва манбаъҳои нашр ({count})',
  authorsPhoto: 'Акси муаллиф: {caption}.',
  readInArticle: 'Дар мақола хондан',
  // No closing full stop: the position ends with an abbreviation's (т. ш.), which ends the sentence.
  position: 'Ҷойгиршавӣ дар харита: {position}',
  positionArea: 'Ҷойгиршавӣ дар харита: {position}, минтақае тақрибан {km} км дар қутр.',
  sources: 'Манбаъҳо: {coordinates}.',
  // арзи шимолӣ / ҷанубӣ, тӯли шарқӣ / ғарбӣ
  north: '{degrees}° а. ш.',
  south: '{degrees}° а. ҷ.',
  east: '{degrees}° т. ш.',
  west: '{degrees}° т. ғ.',
  latLon: '{lat}, {lon}',
  through: 'Масир: {places}.',
  candidates: {
    one: '{caption}: {count} ағбаи эҳтимолӣ',
    other: '{caption}: {count} ағбаи эҳтимолӣ',
  },
  candidatesIntro: 'Муаллиф ағбаро ном намебарад. Нашр ағбаҳои роҳи М34-ро, ки дар акс буда метавонанд, нишон медиҳад:',
  show: 'Нишон додани {name}',

  // No official Tajik form of the park's name was found: its proper name stays in the official Russian form
  // (Указ Президента Республики Беларусь № 326 от 30 июня 2014 г., as content/translations/tg.yaml cites it).
  'place-great-stone.name': 'Боғи саноатии Чину Беларус «Великий камень»',
  'place-great-stone.caption': 'Боғи саноатии Чину Беларус «Великий камень»',
  'place-great-stone.what': 'Боғи саноатӣ дар шарқи Минск, Беларус',
  'place-great-stone.fact1': 'Тақрибан 25 км шарқтар аз Минск, дар паҳлӯи Фурудгоҳи миллии Минск.',
  'place-great-stone.fact2':
    'Манбаъҳо тақрибан 4 км фарқ мекунанд (53.8643, 27.9755 ва 53.9028, 27.9778), бинобар ин харита на нуқта, балки минтақаеро нишон медиҳад, ки ҳардуро фаро мегирад.',
  // «Шаҳристон»: the pass's Tajik name as Russian Wikipedia's «Шахристан (перевал)» gives it («тадж. Шаҳристон»);
  // ағба, Tajik for a mountain pass, as in tg.yaml's caption «Ағбаи кӯҳӣ».
  'place-shahristan-pass.name': 'Ағбаи Шаҳристон, Тоҷикистон (эҳтимолӣ)',
  'place-shahristan-pass.short': 'ағбаи Шаҳристон',
  'place-shahristan-pass.caption': 'Ағбаи кӯҳӣ, Тоҷикистон',
  'place-shahristan-pass.what': 'Ағбаи кӯҳӣ дар роҳи М34, Тоҷикистон',
  'place-shahristan-pass.fact1':
    'Муаллиф дар акси худ ағбаро ном намебарад: ин яке аз ду ағбаи роҳи М34 аст, ки дар акс буда метавонад.',
  'place-shahristan-pass.fact1.source': 'навиштаҷоти муаллиф «Mountain Pass, Tajikistan», ки ағбаро ном намебарад',
  'place-shahristan-pass.fact2':
    'Нишона тақрибан дар 39.54, 68.57 — тахмин дар байни даҳонаҳои нақби Шаҳристон (39.5225, 68.5565 ва 39.5601, 68.5807).',
  'place-shahristan-pass.fact3':
    'Баландии ағба 3378 м аст. Роҳи М34 аз он тавассути нақби Шаҳристон (5252 м) мегузарад, ки 27 октябри соли 2012 кушода шуд ва онро China Road and Bridge Corporation сохтааст.',
  // «Анзоб»: the pass's name as Tajik and Russian sources write it («перевал Анзоб», «Азия-Плюс», 28 April 2006).
  'place-anzob-pass.name': 'Ағбаи Анзоб, Тоҷикистон (эҳтимолӣ)',
  'place-anzob-pass.short': 'ағбаи Анзоб',
  'place-anzob-pass.caption': 'Ағбаи кӯҳӣ, Тоҷикистон',
  'place-anzob-pass.what': 'Ағбаи кӯҳӣ дар роҳи М34, Тоҷикистон',
  'place-anzob-pass.fact1':
    'Муаллиф дар акси худ ағбаро ном намебарад: ин яке аз ду ағбаи роҳи М34 аст, ки дар акс буда метавонад.',
  'place-anzob-pass.fact1.source': 'навиштаҷоти муаллиф «Mountain Pass, Tajikistan», ки ағбаро ном намебарад',
  'place-anzob-pass.fact2': 'Нишона тақрибан дар 39.08, 68.83 (тахминӣ); нақби Анзоб дар 39.0864, 68.6932 ҷойгир аст.',
  'place-anzob-pass.fact3':
    'Баландии ағба 3372 м аст. Роҳи М34 аз зери он тавассути нақби Анзоб мегузарад, ки онро ширкати эронӣ сохтааст, на чинӣ.',
  'route-m34.name': 'Роҳи М34 (хати тахминӣ)',
  // Towns in their Tajik spelling (Хуҷанд as the city's own site, khujand.tj, writes it; Айнӣ after Садриддин Айнӣ).
  'route-m34.fact1':
    'Тахминан кашида шудааст, бо хатҳои рост байни шаҳрҳо ва нақбҳое, ки роҳ онҳоро мепайвандад (Душанбе, нақби Анзоб, Айнӣ, нақби Шаҳристон, Истаравшан, Хуҷанд); худи роҳ то Чанак идома меёбад.',
  'route-m34.fact2':
    'Лоиҳаи 295,9 млн доллар, ки 281,1 млн-и он қарзи ҳукумати Чин аст (ба мӯҳлати 20 сол, бо 2%), соли 2006 мувофиқа шуда буд, пеш аз он ки «Камарбанд ва Роҳ» соли 2013 эълон гардад.',
  'route-m34.point1': 'Душанбе',
  'route-m34.point2': 'Нақби Анзоб',
  'route-m34.point3': 'Айнӣ',
  'route-m34.point4': 'Нақби Шаҳристон',
  'route-m34.point5': 'Истаравшан',
  'route-m34.point6': 'Хуҷанд',
};

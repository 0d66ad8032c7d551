import type { CatalogueOf } from '../../format.ts';
import type { map as en } from '../en/map.ts';

/**
 * Russian: map, as en/map.ts. Place names in their sourced Russian forms (each source beside the name); the
 * captions are the edition's translations of the author's (content/translations/ru.yaml). Coordinates inside
 * the notes keep the decimal point, as GPS devices and map sites write them, so they can be typed in as read.
 */
export const map: CatalogueOf<typeof en> = {
  heading: 'Карта мест на фотографиях',
  intro:
    'Автор называет два места, и только в подписях к фотографиям. Карта, её метки и все примечания ниже — от издания, у каждого указан источник. Карта хранится на этом устройстве и работает без интернета.',
  showMap: 'Показать карту',
  onlineLayer: 'Подробная карта (онлайн)',
  onlineNote:
    'Подробная карта загружает фрагменты OpenStreetMap из интернета, только для той области, которую вы смотрите; она выключена, пока вы её не включите.',
  credits: 'Основа карты — {naturalEarth} (общественное достояние); города © {geoNames}, CC BY 4.0.',

  attribution: 'Основа карты {naturalEarth} | Города © {geoNames}, CC BY 4.0',
  countryNames: 'Названия стран из {cldr}',
  osmAttribution: '© участники {openStreetMap}',
  zoomIn: 'Приблизить',
  zoomOut: 'Отдалить',
  closePopup: 'Закрыть карточку места',

  candidate: 'Предположительно: автор не называет перевал.',
  noteLabel: 'Примечание издания, источник: {source}.',
  notesSummary: 'Примечания издания и источники ({count})',
  authorsPhoto: 'Фото автора: {caption}.',
  readInArticle: 'Читать в статье',
  // No closing full stop: the position ends with an abbreviation's (в. д.), which ends the sentence.
  position: 'Положение на карте: {position}',
  positionArea: 'Положение на карте: {position}, область около {km} км в поперечнике.',
  sources: 'Источники: {coordinates}.',
  north: '{degrees}° с. ш.',
  south: '{degrees}° ю. ш.',
  east: '{degrees}° в. д.',
  west: '{degrees}° з. д.',
  latLon: '{lat}, {lon}',
  through: 'Через {places}.',
  candidates: {
    one: '{caption}: {count} возможный перевал',
    few: '{caption}: {count} возможных перевала',
    many: '{caption}: {count} возможных перевалов',
    other: '{caption}: {count} возможного перевала',
  },
  candidatesIntro: 'Автор не называет перевал. Издание отмечает перевалы автодороги М34, которые могут быть на фото:',
  show: 'Показать {name}',

  // The park's official Russian name: Указ Президента Республики Беларусь № 326 от 30 июня 2014 г. (as
  // content/translations/ru.yaml cites it, via «СБ. Беларусь сегодня»).
  'place-great-stone.name': 'Китайско-белорусский индустриальный парк «Великий камень»',
  'place-great-stone.caption': 'Китайско-белорусский индустриальный парк «Великий камень»',
  'place-great-stone.what': 'Индустриальный парк к востоку от Минска, Беларусь',
  'place-great-stone.fact1': 'Около 25 км к востоку от Минска, рядом с Национальным аэропортом «Минск».',
  'place-great-stone.fact2':
    'Источники расходятся примерно на 4 км (53.8643, 27.9755 и 53.9028, 27.9778), поэтому карта показывает не точку, а область, охватывающую обе.',
  // «Шахристан (перевал)», Russian Wikipedia (Russian name, and Tajik «Шаҳристон»): «перевал через Туркестанский
  // хребет, на шоссе Худжанд — Душанбе», 3378 м.
  'place-shahristan-pass.name': 'Перевал Шахристан, Таджикистан (возможный)',
  'place-shahristan-pass.short': 'перевал Шахристан',
  'place-shahristan-pass.caption': 'Горный перевал, Таджикистан',
  'place-shahristan-pass.what': 'Горный перевал на автодороге М34, Таджикистан',
  'place-shahristan-pass.fact1':
    'Автор не называет перевал на своей фотографии: это один из двух перевалов автодороги М34, которые могут быть на ней.',
  'place-shahristan-pass.fact1.source': 'подпись автора «Mountain Pass, Tajikistan», не называющая перевала',
  'place-shahristan-pass.fact2':
    'Метка стоит примерно в точке 39.54, 68.57 — оценка между порталами тоннеля Шахристан (39.5225, 68.5565 и 39.5601, 68.5807).',
  'place-shahristan-pass.fact3':
    'Высота перевала — 3378 м. Автодорога М34 проходит его по тоннелю Шахристан (5252 м), открытому 27 октября 2012 года и построенному China Road and Bridge Corporation.',
  // «Перевал Анзоб», «Азия-Плюс», 28 апреля 2006 г. («высокогорный перевал Анзоб … на трассе, соединяющей столицу
  // с севером страны»); the tunnel as Russian-language sources name it, «Анзобский тоннель».
  'place-anzob-pass.name': 'Перевал Анзоб, Таджикистан (возможный)',
  'place-anzob-pass.short': 'перевал Анзоб',
  'place-anzob-pass.caption': 'Горный перевал, Таджикистан',
  'place-anzob-pass.what': 'Горный перевал на автодороге М34, Таджикистан',
  'place-anzob-pass.fact1':
    'Автор не называет перевал на своей фотографии: это один из двух перевалов автодороги М34, которые могут быть на ней.',
  'place-anzob-pass.fact1.source': 'подпись автора «Mountain Pass, Tajikistan», не называющая перевала',
  'place-anzob-pass.fact2':
    'Метка стоит примерно в точке 39.08, 68.83 (оценка); Анзобский тоннель находится в точке 39.0864, 68.6932.',
  'place-anzob-pass.fact3':
    'Высота перевала — 3372 м. Автодорога М34 проходит под ним по Анзобскому тоннелю, построенному иранской, а не китайской компанией.',
  'route-m34.name': 'Автодорога М34 (приблизительная линия)',
  // Towns: the Russian names in use in Tajikistan (Russian Wikipedia's article titles).
  'route-m34.fact1':
    'Проведена приблизительно, прямыми линиями между городами и тоннелями, которые связывает дорога (Душанбе, Анзобский тоннель, Айни, тоннель Шахристан, Истаравшан, Худжанд); сама дорога продолжается до Чанака.',
  'route-m34.fact2':
    'Проект стоимостью 295,9 млн долларов, из них 281,1 млн — кредит правительства Китая (на 20 лет под 2 %), согласован в 2006 году, до того как «Пояс и путь» был объявлен в 2013 году.',
  'route-m34.point1': 'Душанбе',
  'route-m34.point2': 'Анзобский тоннель',
  'route-m34.point3': 'Айни',
  'route-m34.point4': 'Тоннель Шахристан',
  'route-m34.point5': 'Истаравшан',
  'route-m34.point6': 'Худжанд',
};

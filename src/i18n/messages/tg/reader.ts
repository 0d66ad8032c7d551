import type { CatalogueOf } from '../../format.ts';
import type { reader as en } from '../en/reader.ts';

/**
 * Tajik (Cyrillic): reader, as en/reader.ts. A noun after a numeral stays singular («{count} хатчӯб»), so a
 * counted message's two forms read the same.
 */
export const reader: CatalogueOf<typeof en> = {
  listen: 'Гӯш кардан',
  listenPlay: 'Мақоларо аз ҳамин ҷо бо овоз хондан',
  listenPause: 'Хондани бо овозро боздоштан',
  bookmark: 'Хатчӯб',
  bookmarkAdd: 'Дар ҳамин ҷо хатчӯб гузоштан',
  bookmarkRemove: 'Хатчӯби ин ҷоро бардоштан',
  bookmarks: 'Хатчӯбҳо',
  highlights: 'Ҷудокардаҳо',
  partNotLoaded: 'Ин қисми барнома бор нашуд. Пайвастро санҷед ва боз кӯшиш кунед.',
  listenFailed: 'Хондани бо овоз бор нашуд. Саҳифаро аз нав бор кунед ва боз кӯшиш кунед.',
  readingSettings: 'Танзимоти хондан',

  close: 'Пӯшидан',
  cancel: 'Бекор кардан',
  undo: 'Бозгардондан',
  dismiss: 'Пинҳон кардан',

  selectedText: 'Матни интихобшуда',
  highlightColour: 'Ранги ҷудокунӣ',
  yellow: 'ҷудокунии зард',
  green: 'ҷудокунии сабз',
  blue: 'ҷудокунии кабуд',
  pink: 'ҷудокунии гулобӣ',
  highlight: 'Ҷудо кардан',
  selectionHint: 'Клавиатура: Enter ҷудо мекунад',

  sheetName: 'Ҷудокарда: «{quote}»',
  note: 'Қайд',
  saveNote: 'Қайдро нигоҳ доштан',
  noteSaved: 'Қайд нигоҳ дошта шуд.',
  colour: 'Ранг',
  editNote: 'Қайдро тағйир додан',
  addNote: 'Қайд илова кардан',
  copy: 'Нусха бардоштан',
  copyLink: 'Пайвандро нусха бардоштан',
  cite: 'Ин порчаро иқтибос овардан',
  share: 'Мубодила кардан',
  removeHighlight: 'Ҷудокуниро бардоштан',
  done: 'Тайёр',
  textCopied: 'Матн нусха бардошта шуд.',
  linkCopied: 'Пайванд нусха бардошта шуд.',
  textNotCopied: 'Ин браузер нусха бардоштанро иҷозат надод. Матн: {text}',
  linkNotCopied: 'Ин браузер нусха бардоштанро иҷозат надод. Пайванд: {text}',

  noHighlights: 'Ҳоло ҷудокарда нест. Дар мақола матнеро интихоб кунед ва «Ҷудо кардан»-ро пахш кунед.',
  highlightCount: { one: '{count} ҷудокарда', other: '{count} ҷудокарда' },
  highlightsMatching: {
    one: '{count} ҷудокарда, мувофиқ: {matching}',
    other: '{count} ҷудокарда, мувофиқ: {matching}',
  },
  searchHighlights: 'Ҷустуҷӯ дар ҷудокардаҳо ва қайдҳо',
  unplaced: 'Ҷойгир карда нашуд',
  unplacedWhy:
    'Матни мақола тағйир ёфт ва ин порчаҳо дигар ба он он қадар мувофиқ нестанд, ки бехатар ҷойгир карда шаванд. Онҳо бо қайдҳояшон дар ин ҷо нигоҳ дошта мешаванд.',
  goToPassage: 'Ба порча гузаштан',
  exportOrImport: 'Содир ё ворид кардани ҷудокардаҳо',

  noBookmarks: 'Ҳоло хатчӯб нест. Ҳангоми хондан «Хатчӯб»-ро пахш кунед, то ҷои худро қайд кунед.',
  emptyParagraph: '(сархати холӣ)',
  goToBookmark: 'Ба хатчӯб гузаштан',
  removeBookmark: 'Хатчӯбро нест кардан',
  bookmarked: 'Хатчӯб гузошта шуд.',
  bookmarkRemoved: 'Хатчӯб нест карда шуд.',
  highlightRemoved: 'Ҷудокунӣ бардошта шуд.',

  theme: 'Намуди зоҳирӣ',
  themeSystem: 'Мисли дастгоҳ',
  themeLight: 'Равшан',
  themeDark: 'Торик',
  textSize: 'Андозаи матн',

  passItOnIntro: 'Мақоларо бо худ гиред ё онро бе интернет ба дигарон расонед.',
  saveCopy: 'Нусха нигоҳ доштан',
  copyWithHighlights: 'Ҷудокардаҳо ва қайдҳои маро ба нусха дохил кунед',
  shareHighlights: 'Мубодилаи ҷудокардаҳо',
  citeArticle: 'Иқтибос овардан',
  couldNotStart: '«{what}» оғоз нашуд: {why}',

  nothingSaved: 'Ҳоло чизе нигоҳ дошта нашудааст.',
  itemsSaved: {
    one: 'Дар ин дастгоҳ {count} сабт нигоҳ дошта шудааст.',
    other: 'Дар ин дастгоҳ {count} сабт нигоҳ дошта шудааст.',
  },
  exportWhy:
    'Содир кардан нусха нигоҳ медорад ё сабтҳоро ба дастгоҳи дигар мебарад; файл маҷмӯаи W3C Web Annotation аст.',
  export: 'Содир кардан',
  exportMarkdown: 'Ҳамчун Markdown содир кардан',
  import: 'Ворид кардан',
  deleteFromDevice: 'Аз ин дастгоҳ нест кардан…',
  highlightsN: { one: '{count} ҷудокарда', other: '{count} ҷудокарда' },
  bookmarksN: { one: '{count} хатчӯб', other: '{count} хатчӯб' },
  deleteQuestion:
    '{highlights} (бо қайдҳояшон) ва {bookmarks} аз ин дастгоҳ нест карда шаванд? Инро бозгардондан мумкин нест. Мақола офлайн дастрас мемонад.',
  exportFirst: 'Аввал содир кардан',
  deleteEverything: 'Ҳамаашро нест кардан',
  deleted: '{highlights} ва {bookmarks} аз ин дастгоҳ нест карда шуданд.',
  notDeleted: 'Ҳеҷ чиз нест карда нашуд: {why}',
  tooLarge: '{name} {size} МБ аст; файли содиркардаи ин барнома хеле хурдтар аст. Ҳеҷ чиз тағйир наёфт.',
  refused: '{name}-ро ворид кардан мумкин нест, бинобар ин ҳеҷ чиз тағйир наёфт:',
  notImported: '{name} нигоҳ дошта нашуд, бинобар ин ҳеҷ чиз тағйир наёфт: {why}',
  imported: '{name} ворид карда шуд: илова шуд {added}, нав шуд {updated}, аллакай буд {unchanged}.',
  importedRemoved:
    '{name} ворид карда шуд: илова шуд {added}, нав шуд {updated}, аллакай буд {unchanged}, нест шуд {removed}.',

  newerTab:
    'Версияи навтари барнома дар варақаи дигар кушода аст. Барои нигоҳдории минбаъда ин варақаро аз нав бор кунед.',
  reload: 'Аз нав бор кардан',
  noStart: 'Нигоҳдорӣ дар ин дастгоҳ оғоз нашуд. Хондан кор мекунад; ҷудокардаҳоро ҳоло нигоҳ доштан мумкин нест.',
  cannotSave: 'Ҷудокардаҳоро нигоҳ доштан мумкин нест: {why}',
  cannotSaveAlert: 'Ҷудокардаҳоро нигоҳ доштан мумкин нест. {why}',
  saveFailed: 'Нигоҳ доштан нашуд, бинобар ин ҳеҷ чиз тағйир наёфт: {why}',
  unreadable: '{what} хонда нашуд ({why}). Дигар ҳама кор мекунад.',
  savedHighlights: 'Ҷудокардаҳои нигоҳдоштаи шумо',
  savedBookmarks: 'Хатчӯбҳои шумо',
  savedSettings: 'Танзимоти шумо',
  savedPosition: 'Ҷои охирини хондани шумо',
  savedRemovals: 'Рӯйхати ҷудокардаҳои бардошташуда',
  damaged: {
    one: '{count} ҷудокардаи нигоҳдошта вайрон шудааст ва хонда нашуд; боқимондаҳо дар ин ҷоянд.',
    other: '{count} ҷудокардаи нигоҳдошта вайрон шудааст ва хонда нашуд; боқимондаҳо дар ин ҷоянд.',
  },

  mapFailed: 'Харита бор нашуд ({why}). Ҷойҳо дар поён номбар шудаанд.',
};

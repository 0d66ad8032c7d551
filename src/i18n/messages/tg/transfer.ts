import type { CatalogueOf } from '../../format.ts';
import type { transfer as en } from '../en/transfer.ts';

/**
 * Tajik (Cyrillic): transfer, as en/transfer.ts. "got" is «дар файл:» (what the file has there); a noun after a
 * numeral stays singular (src/i18n/plural.ts).
 */
export const transfer: CatalogueOf<typeof en> = {
  mdHighlights: 'Ҷудокардаҳо',
  mdBookmarks: 'Хатчӯбҳо',

  notText: 'Файлро ҳамчун матн хондан нашуд.',
  tooLarge: {
    one: 'Файл хеле калон аст ({count} аломат; ҳадди аксар {max}).',
    other: 'Файл хеле калон аст ({count} аломат; ҳадди аксар {max}).',
  },
  notJson: 'Ин JSON-и дуруст нест (шояд файл нопурра бошад): {why}',
  wholeFile: '(файл)',

  notObject: '{path}: бояд объект бошад; дар файл: {got}',
  notString: '{path}: бояд сатр бошад; дар файл: {got}',
  notNonEmptyString: '{path}: бояд сатри холинабуда бошад; дар файл: {got}',
  tooLong: {
    one: '{path}: бояд на зиёда аз {count} аломат бошад; дар файл: {length}',
    other: '{path}: бояд на зиёда аз {count} аломат бошад; дар файл: {length}',
  },
  tooMany: {
    one: '{path}: бояд на зиёда аз {count} унсур дошта бошад; дар файл: {length}',
    other: '{path}: бояд на зиёда аз {count} унсур дошта бошад; дар файл: {length}',
  },
  notCount: '{path}: бояд адади бутуни ≥ 0 бошад; дар файл: {got}',
  notDate: '{path}: бояд сана ва вақт бо стандарти ISO 8601 бошад, масалан 2026-11-29T10:00:00Z; дар файл: {got}',
  notExactly: '{path}: бояд "{expected}" бошад; дар файл: {got}',
  notUuid: '{path}: бояд "urn:uuid:" ва баъд UUID бошад; дар файл: {got}',
  notArray: '{path}: бояд массив бошад; дар файл: {got}',
  endBeforeStart: '{path}: набояд аз start ({start}) хурд бошад; дар файл: {end}',
  notColour: '{path}: бояд теги ранг бошад, яке аз {colours}; дар файл: {got}',
  secondNote: '{path}: ҷудокарда як ёддошт дорад; ин ёддошти дуюм аст',
  notPurpose: '{path}: бояд "tagging" (ранг) ё "commenting" (ёддошт) бошад; дар файл: {got}',
  notSelector: '{path}: бояд як TextQuoteSelector ва як TextPositionSelector бошад; дар файл: {got}',
  noSelector: '{path}: бояд {selector} дошта бошад',
  notMotivation: '{path}: бояд "highlighting", "commenting" ё "bookmarking" бошад; дар файл: {got}',
  totalDiffers: '{path}: {total} навишта шудааст, вале дар first.items {length} ҳаст (файл пурра аст?)',
  repeatedId: '{path}: id-и {other}-ро такрор мекунад',
  removedTwice: '{path}: ду бор ҳамчун нестшуда омадааст',

  gotArray: 'массив',
  gotObject: 'объект',
  gotLongString: { one: 'сатри {count} аломат', other: 'сатри {count} аломат' },
  gotNumber: 'адади {value}',
  gotBoolean: 'қимати мантиқии {value}',
  gotNothing: 'ҳеҷ чиз (чунин майдон нест)',
};

import type { CatalogueOf } from '../../format.ts';
import type { transfer as en } from '../en/transfer.ts';

/**
 * Russian: transfer, as en/transfer.ts. "got" is «в файле:» (what the file has there); after «не более» the
 * noun is genitive (1 символа, 5 символов).
 */
export const transfer: CatalogueOf<typeof en> = {
  mdHighlights: 'Выделения',
  mdBookmarks: 'Закладки',

  notText: 'Файл не удалось прочитать как текст.',
  tooLarge: {
    one: 'Файл слишком большой ({count} символ; не более {max}).',
    few: 'Файл слишком большой ({count} символа; не более {max}).',
    many: 'Файл слишком большой ({count} символов; не более {max}).',
    other: 'Файл слишком большой ({count} символа; не более {max}).',
  },
  notJson: 'Это не корректный JSON (возможно, файл обрезан): {why}',
  wholeFile: '(файл)',

  notObject: '{path}: должно быть объектом; в файле: {got}',
  notString: '{path}: должно быть строкой; в файле: {got}',
  notNonEmptyString: '{path}: должно быть непустой строкой; в файле: {got}',
  tooLong: {
    one: '{path}: должно быть не длиннее {count} символа; в файле: {length}',
    few: '{path}: должно быть не длиннее {count} символов; в файле: {length}',
    many: '{path}: должно быть не длиннее {count} символов; в файле: {length}',
    other: '{path}: должно быть не длиннее {count} символа; в файле: {length}',
  },
  tooMany: {
    one: '{path}: должно содержать не более {count} элемента; в файле: {length}',
    few: '{path}: должно содержать не более {count} элементов; в файле: {length}',
    many: '{path}: должно содержать не более {count} элементов; в файле: {length}',
    other: '{path}: должно содержать не более {count} элемента; в файле: {length}',
  },
  notCount: '{path}: должно быть целым числом ≥ 0; в файле: {got}',
  notDate: '{path}: должно быть датой и временем ISO 8601, например 2026-11-29T10:00:00Z; в файле: {got}',
  notExactly: '{path}: должно быть "{expected}"; в файле: {got}',
  notUuid: '{path}: должно быть "urn:uuid:" и затем UUID; в файле: {got}',
  notArray: '{path}: должно быть массивом; в файле: {got}',
  endBeforeStart: '{path}: не может быть меньше start ({start}); в файле: {end}',
  notColour: '{path}: должно быть тегом цвета, одним из {colours}; в файле: {got}',
  secondNote: '{path}: у выделения одна заметка, а это вторая',
  notPurpose: '{path}: должно быть "tagging" (цвет) или "commenting" (заметка); в файле: {got}',
  notSelector: '{path}: должен быть один TextQuoteSelector и один TextPositionSelector; в файле: {got}',
  noSelector: '{path}: должен содержать {selector}',
  notMotivation: '{path}: должно быть "highlighting", "commenting" или "bookmarking"; в файле: {got}',
  totalDiffers: '{path}: указано {total}, а в first.items {length} (файл целый?)',
  repeatedId: '{path}: повторяет id из {other}',
  removedTwice: '{path}: дважды указан как удалённый',

  gotArray: 'массив',
  gotObject: 'объект',
  gotLongString: {
    one: 'строка из {count} символа',
    few: 'строка из {count} символов',
    many: 'строка из {count} символов',
    other: 'строка из {count} символа',
  },
  gotNumber: 'число {value}',
  gotBoolean: 'логическое значение {value}',
  gotNothing: 'ничего (такого поля нет)',
};

import type { CatalogueOf } from '../../format.ts';
import type { listen as en } from '../en/listen.ts';

/** Tajik (Cyrillic): listen, as en/listen.ts. */
export const listen: CatalogueOf<typeof en> = {
  looking: 'Овозҳои ин дастгоҳ ҷустуҷӯ мешаванд…',
  noVoice:
    'Дар ин дастгоҳ овозе барои бо овоз хондан нест. Дар танзимоти система овози табдили матн ба нутқро насб кунед ва боз кӯшиш кунед.',
  // «забони тоҷикӣ», «забони русӣ»: the name follows «забони», so one sentence fits every language.
  missingVoice:
    'Дар ин дастгоҳ овоз барои забони {language} нест, бинобар ин матни ин забонро бо овоз хондан ғайриимкон аст.',
  offerEnglish: 'Бо забони англисӣ гӯш кардан',
  failed: 'Хондан бо овоз қатъ шуд: овоз дар бораи хатои «{why}» хабар дод.',
  wakeRefused:
    'Экран метавонад хомӯш шавад ва овоз қатъ мегардад: онро фурӯзон нигоҳ доред ё телефонро ба барқ пайваст кунед.',
  end: 'Охири мақола.',
  mediaAlbum: 'Камарбанд ва Роҳ дар Осиёи Марказӣ',
  languageEn: 'англисӣ',
  languageRu: 'русӣ',
  languageTg: 'тоҷикӣ',
  bar: 'Хондан бо овоз',
  back: 'Бозгашт ба ҷои хондашаванда',
  highlight: 'Ҷудо кардан',
  highlightTitle: 'Ҷумлаи хондашавандаро ҷудо кардан',
  stop: 'Хондани бо овозро анҷом додан',
  settingsLegend: 'Хондан бо овоз',
  voice: 'Овоз',
  voiceAutomatic: 'Худкор (овози ин дастгоҳ)',
  voiceLooking: 'Ҷустуҷӯи овозҳо…',
  voiceNone: 'Дар ин дастгоҳ овози англисӣ нест.',
  voiceOnline: '{name} (пайвасти интернет лозим аст)',
  speed: 'Суръат',
  speedValue: '{rate}×',
  spokenCaption: 'Тавзеҳи акс:',
  spokenStandIn: 'Эзоҳи нашр: тасвири ин ҷо ҷойгузин аст, на акси муаллиф.',
};

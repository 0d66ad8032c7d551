import type { CatalogueOf } from '../../format.ts';
import type { listen as en } from '../en/listen.ts';

/** Russian: listen, as en/listen.ts. */
export const listen: CatalogueOf<typeof en> = {
  looking: 'Ищем голоса этого устройства…',
  noVoice:
    'На этом устройстве нет голоса для чтения вслух. Установите голос синтеза речи в настройках системы и попробуйте снова.',
  // The name stays in the nominative inside quotes, so any language's name fits the sentence.
  missingVoice:
    'На этом устройстве нет голоса для языка «{language}», поэтому текст на этом языке нельзя прочитать вслух.',
  offerEnglish: 'Слушать по-английски',
  failed: 'Чтение вслух остановлено: голос сообщил об ошибке «{why}».',
  wakeRefused:
    'Экран может погаснуть, и чтение остановится: не давайте ему погаснуть или подключите телефон к зарядке.',
  end: 'Конец статьи.',
  mediaAlbum: 'Пояс и путь в Центральной Азии',
  languageEn: 'английский',
  languageRu: 'русский',
  languageTg: 'таджикский',
  bar: 'Чтение вслух',
  back: 'Вернуться к читаемому',
  highlight: 'Выделить',
  highlightTitle: 'Выделить читаемое предложение',
  stop: 'Закончить чтение вслух',
  settingsLegend: 'Чтение вслух',
  voice: 'Голос',
  voiceAutomatic: 'Автоматически (голос этого устройства)',
  voiceLooking: 'Ищем голоса…',
  voiceNone: 'На этом устройстве нет английского голоса.',
  voiceOnline: '{name} (нужно подключение к сети)',
  speed: 'Скорость',
  speedValue: '{rate}×',
  spokenCaption: 'Подпись к фото:',
  spokenStandIn: 'Примечание издания: здесь замещающая иллюстрация, а не фотография автора.',
};

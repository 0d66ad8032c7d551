import type { CatalogueOf } from '../../format.ts';
import type { cite as en } from '../en/cite.ts';

/** Russian: cite, as en/cite.ts. */
export const cite: CatalogueOf<typeof en> = {
  title: 'Цитировать',
  intro:
    'У источника нет даты публикации и номеров страниц: в ссылках стоит «n.d.» (без даты), а фрагменты цитируются по номеру абзаца.',
  passage: 'Этот фрагмент, абзац {paragraph}',
  copy: 'Копировать',
  preparing: 'Готовится…',
  copied: 'Ссылка в стиле {style} скопирована.',
  noCopy: 'Браузер не разрешил копирование; ссылка выделена, скопируйте её оттуда.',
  styleApa: 'APA 7',
  styleChicago: 'Чикаго (примечания и библиография)',
  // The standard's own Russian designation.
  styleGost: 'ГОСТ Р 7.0.100-2018',
  styleBibtex: 'BibTeX',
  styleRis: 'RIS',
  styleCslJson: 'CSL-JSON',
};

import type { CatalogueOf } from '../../format.ts';
import type { cite as en } from '../en/cite.ts';

/** Tajik (Cyrillic): cite, as en/cite.ts. */
export const cite: CatalogueOf<typeof en> = {
  title: 'Иқтибос',
  intro:
    'Манбаъ санаи нашр ва рақами саҳифа надорад: дар истинодҳо «n.d.» (бе сана) навишта мешавад ва порчаҳо бо рақами сархат иқтибос карда мешаванд.',
  passage: 'Ҳамин порча, сархати {paragraph}',
  copy: 'Нусха бардоштан',
  preparing: 'Омода мешавад…',
  copied: 'Истиноди {style} нусха бардошта шуд.',
  noCopy: 'Браузер нусха бардоштанро иҷозат надод; истинод интихоб шудааст, онро аз он ҷо нусха бардоред.',
  styleApa: 'APA 7',
  styleChicago: 'Чикаго (эзоҳҳо ва библиография)',
  // The Russian standard keeps its Russian designation in Tajik texts.
  styleGost: 'ГОСТ Р 7.0.100-2018',
  styleBibtex: 'BibTeX',
  styleRis: 'RIS',
  styleCslJson: 'CSL-JSON',
};

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
};

// The message catalogue: every language has every key, with the same placeholders and every plural form the
// language needs; the checker itself catches each kind of mistake (so the first test can fail).
import { describe, expect, it } from 'vitest';
import { AREAS, CATALOGUES, catalogueProblems, text } from '../../../src/i18n/index.ts';
import type { Message } from '../../../src/i18n/format.ts';
import { LANGUAGES } from '../../../src/i18n/languages.ts';

/** One area of every language, as the checker takes it. */
function area(name: (typeof AREAS)[number]): Record<string, Record<string, Message>> {
  return Object.fromEntries(LANGUAGES.map((l) => [l, CATALOGUES[l][name] as Record<string, Message>]));
}
const real = area('page');
const t = (lang: (typeof LANGUAGES)[number], key: string, params?: Record<string, number>) =>
  text(lang, 'page', key, params);

describe('the catalogues', () => {
  it('have every key in every language, the same placeholders, and all plural forms', () => {
    expect(Object.keys(CATALOGUES).sort()).toEqual([...LANGUAGES].sort());
    for (const lang of LANGUAGES) expect(Object.keys(CATALOGUES[lang]).sort()).toEqual([...AREAS].sort());
    for (const name of AREAS) expect(catalogueProblems(area(name)), name).toEqual([]);
  });

  it('name the control as ../shared/CONTRACT.md does', () => {
    expect(LANGUAGES.map((l) => t(l, 'translationToggle'))).toEqual(['Translation', 'Перевод', 'Тарҷума']);
  });

  it('catch a missing key, a differing placeholder, a missing plural form and an extra key', () => {
    const ru = { ...real.ru } as Record<string, Message>;
    delete ru.translationToggle;
    ru.translationAbout = { one: '{n}', few: '{n}', many: '{n}', other: '{n}' };
    const tg = { ...real.tg, extra: 'x' } as Record<string, Message>;
    tg.translationAbout = { other: '{count}' };
    expect(catalogueProblems({ en: real.en ?? {}, ru, tg })).toEqual([
      'ru.translationToggle: missing',
      'ru.translationAbout: placeholders {n} differ from English {count}',
      'tg.translationAbout: no "one" form',
      'tg.extra: not in English',
    ]);
  });
});

describe('t()', () => {
  it('picks the plural form by count and formats the number in the language', () => {
    expect(t('en', 'translationAbout', { count: 1 })).toContain('(1 passage each)');
    expect(t('en', 'translationAbout', { count: 7 })).toContain('(7 passages each)');
    expect(t('ru', 'translationAbout', { count: 1 })).toContain('(1 фрагмент в каждом)');
    expect(t('ru', 'translationAbout', { count: 3 })).toContain('(3 фрагмента в каждом)');
    expect(t('ru', 'translationAbout', { count: 7 })).toContain('(7 фрагментов в каждом)');
    expect(t('ru', 'translationAbout', { count: 21 })).toContain('(21 фрагмент в каждом)');
    expect(t('tg', 'translationAbout', { count: 7 })).toContain('(ҳар кадом 7 порча)');
  });
});

// Plural rules: the engine's for English and Russian; for Tajik our sourced rule while the engine lacks one.
// The "engine lacks tg" test documents today's Node (ICU 78) and fails once it gains Tajik data, so the
// fallback in src/i18n/plural.ts can be reviewed against the engine's then.
import { describe, expect, it } from 'vitest';
import { pluralCategories, pluralCategory } from '../../../src/i18n/plural.ts';

describe('plural categories', () => {
  it('follow Intl.PluralRules for English and Russian', () => {
    expect([1, 2, 5].map((n) => pluralCategory('en', n))).toEqual(['one', 'other', 'other']);
    expect([1, 2, 5, 11, 21, 22, 1.5].map((n) => pluralCategory('ru', n))).toEqual([
      'one',
      'few',
      'many',
      'many',
      'one',
      'few',
      'other',
    ]);
    expect(pluralCategories('ru').sort()).toEqual(['few', 'many', 'one', 'other']);
  });

  it('use our rule for Tajik where the engine has none (one for 1, other for the rest)', () => {
    expect(Intl.PluralRules.supportedLocalesOf(['tg'])).toEqual([]);
    expect([0, 1, 2, 5, 21].map((n) => pluralCategory('tg', n))).toEqual(['other', 'one', 'other', 'other', 'other']);
    expect(pluralCategories('tg')).toEqual(['one', 'other']);
  });
});

// Dates and numbers follow the interface language, through Intl.
import { describe, expect, it } from 'vitest';
import { formatDate, formatNumber } from '../../../src/i18n/intl.ts';

const DAY = new Date('2026-12-02T12:00:00Z');

describe('formatDate and formatNumber', () => {
  it('write a date the way each language does', () => {
    expect(formatDate(DAY, 'en')).toBe('December 2, 2026');
    expect(formatDate(DAY, 'ru')).toBe('2 декабря 2026 г.');
    // Node 20's ICU has Tajik month names; an engine without them gets a numeric date, never English words.
    expect(formatDate(DAY, 'tg')).toMatch(/^(02 Декабр 2026|02\.12\.2026)$/);
  });

  it('group digits and mark decimals as each language does', () => {
    expect(formatNumber(1234567.5, undefined, 'en')).toBe('1,234,567.5');
    expect(formatNumber(1234567.5, undefined, 'ru')).toBe('1\u00a0234\u00a0567,5');
  });
});

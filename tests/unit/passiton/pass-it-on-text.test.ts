// Guards against: a counted message that picks the wrong Russian form (1, 3, 5, 21 highlights), a Tajik noun
// put in the plural after a numeral, a reason for refusing a link that is not in the catalogue, and a style
// name or copy word left in English on a Russian or Tajik page.
import { describe, expect, it } from 'vitest';
import { citeText } from '../../../src/i18n/text/cite.ts';
import { copyText } from '../../../src/i18n/text/copy.ts';
import { shareText } from '../../../src/i18n/text/share.ts';
import { decodeShare } from '../../../src/passiton/share-link.ts';
import { original } from '../annotations/helpers.ts';

const ru = shareText.in('ru');
const tg = shareText.in('tg');

describe('Share highlights in Russian and Tajik', () => {
  it('counts highlights with the Russian form each number takes', () => {
    expect([1, 3, 5, 21].map((count) => ru('unplaced', { count }))).toEqual([
      '1 выделение, которое больше не совпадает с текстом, не включено.',
      '3 выделения, которые больше не совпадают с текстом, не включены.',
      '5 выделений, которые больше не совпадают с текстом, не включены.',
      '21 выделение, которое больше не совпадает с текстом, не включено.',
    ]);
    expect([1, 3, 5, 21].map((count) => ru('promptQuestion', { count }))).toEqual([
      'Добавить 1 выделение из присланной ссылки?',
      'Добавить 3 выделения из присланной ссылки?',
      'Добавить 5 выделений из присланной ссылки?',
      'Добавить 21 выделение из присланной ссылки?',
    ]);
    expect(ru('tooBig', { count: 1500 })).toMatch(/^1\s500 выделений — слишком много для одного QR-кода\./);
  });

  it('keeps the Tajik noun singular after any number', () => {
    for (const count of [1, 3, 5, 21]) {
      expect(tg('promptQuestion', { count })).toBe(`${count} ҷудокардаро аз пайванди фиристодашуда илова кунем?`);
    }
    expect(tg('added', { count: 2 })).toBe('Аз пайванд 2 ҷудокарда илова шуд.');
  });

  it('gives English exactly the words the dialogs had', () => {
    const en = shareText.in('en');
    expect(en('promptQuestion', { count: 1 })).toBe('Add 1 highlight from a shared link?');
    expect(en('promptQuestion', { count: 2 })).toBe('Add 2 highlights from a shared link?');
    expect(en('addedAndUpdated', { count: 0, updated: 2 })).toBe('Added 0 highlights from the shared link, updated 2.');
    expect(en('alreadyHere', { count: 1 })).toBe('The highlight from this link is already here.');
  });

  it('says why a link is refused from the catalogue, with the bad character in its place', () => {
    const result = decodeShare(original(), 'v', '0!');
    expect(result).toEqual({ ok: false, reason: 'the link holds a character (“!”) that no share link has' });
    expect(tg('damagedCharacter', { char: '!' })).toContain('(«!»)');
  });
});

describe('Cite and Save a copy in Russian and Tajik', () => {
  it('names the styles in the reader’s language, GOST by its own Russian designation', () => {
    expect(citeText.in('ru')('styleGost')).toBe('ГОСТ Р 7.0.100-2018');
    expect(citeText.in('tg')('styleChicago')).toBe('Чикаго (эзоҳҳо ва библиография)');
    expect(citeText.in('ru')('passage', { paragraph: 3 })).toBe('Этот фрагмент, абзац 3');
    expect(citeText.in('en')('copied', { style: 'RIS' })).toBe('RIS reference copied.');
  });

  it('writes the copy’s own words in the page’s language', () => {
    expect(copyText.in('ru')('readerNotes')).toBe('Мои выделения и заметки');
    expect(copyText.in('tg')('version', { version: 'c0ffee123456' })).toBe('Версияи мундариҷа: c0ffee123456.');
    expect(copyText.in('en')('savedFrom', { origin: 'https://x.example/', date: '2 December 2026' })).toBe(
      'Saved from https://x.example/ on 2 December 2026.',
    );
  });
});

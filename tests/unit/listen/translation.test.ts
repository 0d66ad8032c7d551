// Listen reading the edition's translations (issue 14, part 4): the Russian and Tajik texts split into the
// sentences the translator wrote, the words the voice adds are said in the language being read, and a missing
// voice is named in the interface language.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { TranslationLang } from '../../../src/i18n/languages.ts';
import { listenText } from '../../../src/i18n/text/listen.ts';
import { type Block, readingScript } from '../../../src/listen/script.ts';
import { splitByRule, splitSentences } from '../../../src/listen/sentences.ts';
import { languageName } from '../../../src/listen/voices.ts';

interface Entry {
  of: string;
  text: string;
}
const entries = (lang: TranslationLang): Entry[] =>
  (parse(readFileSync(resolve(`content/translations/${lang}.yaml`), 'utf8')) as { entries: Entry[] }).entries;

/** An element as readingScript reads it: its text (no DOM in unit tests). */
const el = (text: string) => ({ textContent: text, childNodes: [] }) as unknown as Element;

describe.each(['ru', 'tg'] as const)('the %s translation read aloud', (lang) => {
  const paragraphs = entries(lang).filter((e) => e.of.startsWith('p-'));

  it.each([
    ['Intl.Segmenter', (t: string) => splitSentences(t, lang, true)],
    ['the fallback rule', (t: string) => splitByRule(t)],
  ] as const)('splits each paragraph into its sentences by %s', (_, split) => {
    // The translations keep the author's sentences one for one (tests/unit/listen/sentences.test.ts lists
    // hers): a splitter that cuts at «…» quotes, "(BRI)" or a dash, or misses a full stop, changes a count.
    expect(paragraphs.map((p) => split(p.text).length)).toEqual([1, 2, 2, 3, 2, 4, 2]);
    for (const p of paragraphs) {
      for (const s of split(p.text)) expect(p.text.slice(s.start, s.end), p.of).toMatch(/^[\p{Lu}«A-Z].*\.$/su);
    }
  });

  it('says the words it adds in that language, and never reads a translation’s label', () => {
    const t = listenText.in(lang);
    const label = lang === 'ru' ? 'Перевод издания' : 'Тарҷумаи нашр';
    const [paragraph] = paragraphs;
    const text = `${label}${paragraph?.text ?? ''}`;
    const blocks: Block[] = [
      { kind: 'paragraph', el: el(text), lang, paragraphId: paragraph?.of, from: label.length },
      { kind: 'caption', el: el('Горный перевал. Фото.'), lang },
      { kind: 'note', el: el('Stand-in image: drawn by this edition.'), lang },
    ];
    const script = readingScript(blocks);
    expect(script.map((s) => s.speak)).toEqual([
      paragraph?.text.replace(/\s+/g, ' '),
      `${t('spokenCaption')} Горный перевал.`,
      'Фото.',
      t('spokenStandIn'),
    ]);
    // Shown from the first word after the label; the position is the English paragraph's; never highlightable.
    expect(script[0]).toMatchObject({ start: label.length, end: text.length, paragraphId: paragraph?.of });
    expect(script[0]?.modelStart).toBeUndefined();
    expect(t('spokenStandIn')).not.toBe(listenText.in('en')('spokenStandIn'));
  });
});

describe('a missing voice', () => {
  it('is named in the interface language, in a whole sentence', () => {
    const say = (ui: 'en' | 'ru' | 'tg') => listenText.in(ui)('missingVoice', { language: languageName('tg', ui) });
    expect(say('en')).toBe('This device has no Tajik voice, so the Tajik text cannot be read aloud.');
    expect(say('ru')).toContain('нет голоса для языка «таджикский»');
    expect(say('tg')).toContain('барои забони тоҷикӣ');
    expect(languageName('ru', 'tg')).toBe('русӣ');
    // A language the catalogue does not name comes from Intl.
    expect(languageName('de', 'en')).toBe('German');
  });
});

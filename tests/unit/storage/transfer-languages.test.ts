// Export and import speak the reader's language: the Markdown's headings, and import problems that stay as
// precise as the English ones (the same path, the file's own values, the right plural) in Russian and Tajik.
import { describe, expect, it } from 'vitest';
import {
  type ExportMeta,
  exportAnnotations,
  exportMarkdown,
  parseImport,
} from '../../../src/storage/transfer/index.ts';
import type { Language } from '../../../src/i18n/languages.ts';
import { makeBookmark, makeHighlight } from './helpers.ts';

const meta: ExportMeta = {
  title: 'China’s Belt and Road Initiative in Central Asia',
  author: 'Maria Danilovich',
  source: 'https://example.org/bri-reader/',
};

function errorsIn(lang: Language, file: unknown): string[] {
  const result = parseImport(typeof file === 'string' ? file : JSON.stringify(file), lang);
  if (result.ok) throw new Error('expected the file to be rejected');
  return result.errors;
}

/** A valid export of one highlight, as a mutable object to break on purpose. */
function exported() {
  // biome-ignore lint/suspicious/noExplicitAny: tests reach into the file freely to break it
  return JSON.parse(exportAnnotations([makeHighlight()], [], meta)) as any;
}

describe('the Markdown export in the interface language', () => {
  const highlight = makeHighlight({ note: 'моя заметка' });
  const bookmark = makeBookmark({ label: 'Stopped here' });

  it.each([
    ['en', '## Highlights', '## Bookmarks'],
    ['ru', '## Выделения', '## Закладки'],
    ['tg', '## Ҷудокардаҳо', '## Хатчӯбҳо'],
  ] as const)('has %s headings, and the author’s quote, title and the note unchanged', (lang, highlights, marks) => {
    const md = exportMarkdown([highlight], [bookmark], meta, lang);
    expect(md.split('\n')).toEqual([
      `# ${meta.title}`,
      '',
      'Maria Danilovich',
      '',
      `<${meta.source}>`,
      '',
      highlights,
      '',
      `> ${highlight.anchor.quote.exact}`,
      '',
      'моя заметка',
      '',
      marks,
      '',
      '- Stopped here',
      '',
    ]);
  });

  it('follows the interface language when none is given (English in unit tests)', () => {
    expect(exportMarkdown([highlight], [], meta)).toContain('\n## Highlights\n');
  });
});

describe('import problems in Russian and Tajik', () => {
  it('keep the path and the file’s own values, and only the words change', () => {
    const file = exported();
    file.first.items[0].type = 'Note';
    file.first.items[0].target.selector[0].exact = 42;
    // The item's type is checked first: one problem per item.
    expect(errorsIn('en', file)).toEqual(['first.items[0].type: must be "Annotation", got "Note"']);
    expect(errorsIn('ru', file)).toEqual(['first.items[0].type: должно быть "Annotation"; в файле: "Note"']);
    expect(errorsIn('tg', file)).toEqual(['first.items[0].type: бояд "Annotation" бошад; дар файл: "Note"']);
    const wrong = exported();
    wrong.first.items[0].target.selector[0].exact = 42;
    expect(errorsIn('ru', wrong)).toEqual([
      'first.items[0].target.selector[0]: TextQuoteSelector.exact: должно быть непустой строкой; в файле: число 42',
    ]);
    expect(errorsIn('tg', wrong)).toEqual([
      'first.items[0].target.selector[0]: TextQuoteSelector.exact: бояд сатри холинабуда бошад; дар файл: адади 42',
    ]);
  });

  it('describe what the file holds in the language, with Russian plural forms', () => {
    expect(errorsIn('ru', [])).toEqual(['(файл): должно быть объектом; в файле: массив']);
    expect(errorsIn('tg', [])).toEqual(['(файл): бояд объект бошад; дар файл: массив']);
    const long = (n: number) => {
      const file = exported();
      file.first.items[0].type = 'x'.repeat(n);
      return errorsIn('ru', file)[0];
    };
    expect(long(41)).toBe('first.items[0].type: должно быть "Annotation"; в файле: строка из 41 символа');
    expect(long(43)).toBe('first.items[0].type: должно быть "Annotation"; в файле: строка из 43 символов');
    expect(long(45)).toBe('first.items[0].type: должно быть "Annotation"; в файле: строка из 45 символов');
    const missing = exported();
    delete missing.first.items[0].created;
    expect(errorsIn('ru', missing)[0]).toMatch(/^first\.items\[0\]\.created: .*; в файле: ничего \(такого поля нет\)$/);
    expect(errorsIn('en', missing)[0]).toMatch(/^first\.items\[0\]\.created: .*, got undefined$/);
  });

  it('keep limits and counts as the file writes them, with the plural of the limit', () => {
    const note = exported();
    note.first.items[0].body = [{ type: 'TextualBody', value: 'n'.repeat(20_001) }];
    expect(errorsIn('en', note)).toEqual(['first.items[0].body[0].value: must be at most 20000 characters, got 20001']);
    expect(errorsIn('ru', note)).toEqual([
      'first.items[0].body[0].value: должно быть не длиннее 20000 символов; в файле: 20001',
    ]);
    expect(errorsIn('tg', note)).toEqual([
      'first.items[0].body[0].value: бояд на зиёда аз 20000 аломат бошад; дар файл: 20001',
    ]);
    const total = exported();
    total.total = 5;
    expect(errorsIn('ru', total)).toEqual(['total: указано 5, а в first.items 1 (файл целый?)']);
  });

  it('say in the language when the file is not JSON, with the browser’s own reason after it', () => {
    expect(errorsIn('ru', 'Highlights from my phone')[0]).toMatch(
      /^Это не корректный JSON \(возможно, файл обрезан\): \S/,
    );
    expect(errorsIn('tg', '')[0]).toMatch(/^Ин JSON-и дуруст нест \(шояд файл нопурра бошад\): \S/);
  });
});

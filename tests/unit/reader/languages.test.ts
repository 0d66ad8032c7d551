/**
 * The reader's panels, sheet and bars as a Russian or Tajik reader gets them: rendered (preact-render-to-string)
 * after loading that language's core through the real runtime, as /ru/ and /tg/ do. The interface language is
 * the page's `<html lang>`, read once per module instance, so each language gets fresh modules and a page
 * whose `lang` is that language. Also: the English the storage errors carry is word for word the catalogue's.
 */
// PassItOn's lazy `Save a copy` chunk imports the build's virtual module; its declaration lives beside it.
/// <reference path="../../../src/passiton/copy/virtual.d.ts" />
import { describe, expect, it, vi } from 'vitest';
import { CATALOGUES, text } from '../../../src/i18n/index.ts';
import type { Language } from '../../../src/i18n/languages.ts';
import type { Bookmark, Highlight } from '../../../src/shared/types.ts';
import {
  StorageBlockedError,
  StorageFullError,
  StorageOutdatedError,
  StorageUnavailableError,
  StorageUpgradeError,
} from '../../../src/storage/errors.ts';

const highlight = (id: string, exact: string, note = ''): Highlight => ({
  id,
  anchor: {
    paragraphId: 'p1',
    quote: { type: 'TextQuoteSelector', exact, prefix: '', suffix: '' },
    position: { type: 'TextPositionSelector', start: 0, end: exact.length },
    contentVersion: 'v1',
  },
  color: 'yellow',
  note,
  created: '2026-12-02T01:00:00.000Z',
  modified: '2026-12-02T01:00:00.000Z',
});
const bookmark: Bookmark = { id: 'b1', paragraphId: 'p1', offset: 0, label: '', created: '2026-12-02T01:00:00.000Z' };

/** Fresh modules, in a page whose interface language is `lang`, with that language's core loaded. */
async function freshIn(lang: Language): Promise<void> {
  vi.resetModules();
  vi.stubGlobal('document', { documentElement: { lang } });
  try {
    const runtime = await import('../../../src/i18n/runtime.ts');
    await runtime.loadInterface();
    expect(runtime.uiLanguage()).toBe(lang);
  } finally {
    vi.unstubAllGlobals();
  }
}

/** The reader's components and store, fresh, in a page whose interface language is `lang`. */
async function readerIn(lang: Language) {
  await freshIn(lang);
  const [{ Fragment, h }, { renderToString }, store] = await Promise.all([
    import('preact'),
    import('preact-render-to-string'),
    import('../../../src/reader/store.ts'),
  ]);
  const components = {
    BookmarksPanel: (await import('../../../src/reader/BookmarksPanel/index.tsx')).BookmarksPanel,
    HighlightsPanel: (await import('../../../src/reader/HighlightsPanel/index.tsx')).HighlightsPanel,
    HighlightSheet: (await import('../../../src/reader/HighlightSheet/index.tsx')).HighlightSheet,
    SelectionBar: (await import('../../../src/reader/SelectionBar/index.tsx')).SelectionBar,
    YourData: (await import('../../../src/reader/YourData/index.tsx')).YourData,
    PassItOn: (await import('../../../src/reader/PassItOn/index.tsx')).PassItOn,
  };
  /** Rendered side by side in one tree, as main.tsx mounts them. */
  const render = (...names: (keyof typeof components)[]) => {
    // Node has no `navigator` before v21: a browser without the Web Share API, so no `Share` button.
    vi.stubGlobal('navigator', {});
    try {
      return renderToString(h(Fragment, null, ...names.map((name) => h(components[name], {}))));
    } finally {
      vi.unstubAllGlobals();
    }
  };
  return { render, setState: store.setState };
}

/** Every English message of the reader area long enough to be recognised, to find one left untranslated. */
const english = Object.values(CATALOGUES.en.reader)
  .flatMap((m) => (typeof m === 'string' ? [m] : Object.values(m)))
  .filter((m) => !m.includes('{') && m.length > 4);

/** Accessible names and text in the markup, with the few entities the renderer writes decoded. */
const decoded = (html: string) => html.replaceAll('&quot;', '"').replaceAll('&amp;', '&').replaceAll('&#39;', "'");

describe.each([
  {
    lang: 'ru' as const,
    panels: ['<h2 id="', '>Выделения</h2>', '>Закрыть</button>', '>2 выделения</p>', '>Не удалось разместить</h3>'],
    bookmarks: ['>Закладки</h2>', '(пустой абзац)', 'Перейти к закладке', 'Удалить закладку'],
    noBookmarks: 'Закладок пока нет.',
    bar: ['aria-label="Выделенный текст"', 'aria-label="жёлтое выделение"', '>Выделить</button>'],
    sheet: ['aria-label="Выделение: «A short passage»"', '>Изменить заметку</button>', '>Убрать выделение</button>'],
    yourData: ['На этом устройстве сохранены 3 записи.', '>Экспорт</button>', 'Импорт<input'],
    passItOn: ['>Сохранить копию</button>', '>Поделиться выделениями</button>', '>Цитировать</button>'],
    cannotSave:
      'Выделения нельзя сохранить. Этот браузер не даёт приложению ничего сохранять на этом устройстве (приватный режим или хранилище отключено).',
  },
  {
    lang: 'tg' as const,
    panels: ['<h2 id="', '>Ҷудокардаҳо</h2>', '>Пӯшидан</button>', '>2 ҷудокарда</p>', '>Ҷойгир карда нашуд</h3>'],
    bookmarks: ['>Хатчӯбҳо</h2>', '(сархати холӣ)', 'Ба хатчӯб гузаштан', 'Хатчӯбро нест кардан'],
    noBookmarks: 'Ҳоло хатчӯб нест.',
    bar: ['aria-label="Матни интихобшуда"', 'aria-label="ҷудокунии зард"', '>Ҷудо кардан</button>'],
    sheet: [
      'aria-label="Ҷудокарда: «A short passage»"',
      '>Қайдро тағйир додан</button>',
      '>Ҷудокуниро бардоштан</button>',
    ],
    yourData: ['Дар ин дастгоҳ 3 сабт нигоҳ дошта шудааст.', '>Содир кардан</button>', 'Ворид кардан<input'],
    passItOn: ['>Нусха нигоҳ доштан</button>', '>Мубодилаи ҷудокардаҳо</button>', '>Иқтибос овардан</button>'],
    cannotSave:
      'Ҷудокардаҳоро нигоҳ доштан мумкин нест. Ин браузер намегузорад, ки барнома дар ин дастгоҳ чизе нигоҳ дорад (реҷаи хусусӣ ё анбор хомӯш аст).',
  },
])('the reader in $lang', (expected) => {
  it('names every control and writes every line in the language, with no English left', async () => {
    const { render, setState } = await readerIn(expected.lang);
    setState({
      storage: 'ready',
      highlights: [highlight('h1', 'A short passage', 'My note'), highlight('h2', 'Another passage')],
      bookmarks: [bookmark],
      selection: { start: 0, end: 5 },
      activeHighlight: 'h1',
      panel: 'highlights',
    });
    const html: Record<'panels' | 'bar' | 'sheet' | 'yourData' | 'passItOn' | 'bookmarks', string> = {
      panels: render('HighlightsPanel'),
      bar: render('SelectionBar'),
      sheet: render('HighlightSheet'),
      yourData: render('YourData'),
      passItOn: render('PassItOn'),
      bookmarks: '',
    };
    setState({ panel: 'bookmarks' });
    html.bookmarks = render('BookmarksPanel');
    setState({ bookmarks: [] });
    const empty = render('BookmarksPanel');
    expect(empty).toContain(expected.noBookmarks);

    for (const part of Object.keys(html) as (keyof typeof html)[]) {
      const markup = html[part];
      for (const snippet of expected[part]) expect(markup, part).toContain(snippet);
      const text = decoded(markup);
      expect(
        english.filter((m) => text.includes(m)),
        part,
      ).toEqual([]);
    }
  });

  it('tells the reader why saving cannot start, in the language', async () => {
    await freshIn(expected.lang);
    const { StorageUnavailableError } = await import('../../../src/storage/errors.ts');
    vi.doMock('../../../src/storage/db.ts', () => ({
      connection: () => Promise.reject(new StorageUnavailableError()),
      onConnectionLost: () => {},
    }));
    try {
      const { storageReady } = await import('../../../src/reader/controllers/database.ts');
      const { getState } = await import('../../../src/reader/store.ts');
      expect(await storageReady()).toBe(false);
      expect(getState().notice?.text).toBe(expected.cannotSave);
      expect(getState().storageProblem).toBe(expected.cannotSave.replace('. ', ': '));
    } finally {
      vi.doUnmock('../../../src/storage/db.ts');
    }
  });

  it('keeps each panel named by its own heading when the titles have no ASCII letters', async () => {
    const { render, setState } = await readerIn(expected.lang);
    setState({ panel: null });
    // Two panels in one tree (as main.tsx mounts them) and one in a root of its own (as the lazy dialogs mount).
    const html = render('HighlightsPanel', 'BookmarksPanel') + render('BookmarksPanel');
    const ids = [...html.matchAll(/aria-labelledby="([^"]+)"/g)].map((m) => m[1]);
    expect(ids).toHaveLength(3);
    expect(new Set(ids).size).toBe(3);
    const heading = (id: string | undefined) => html.match(new RegExp(`<h2 id="${id}">([^<]+)</h2>`))?.[1];
    expect(ids.map(heading)).toEqual([
      text(expected.lang, 'reader', 'highlights'),
      text(expected.lang, 'reader', 'bookmarks'),
      text(expected.lang, 'reader', 'bookmarks'),
    ]);
  });
});

describe('the reader catalogue', () => {
  it('counts in the case the sentence needs (Russian accusative: «1 закладку», «21 закладку»)', () => {
    const question = (lang: Language, h: number, b: number) =>
      text(lang, 'reader', 'deleteQuestion', {
        highlights: text(lang, 'reader', 'highlightsN', { count: h }),
        bookmarks: text(lang, 'reader', 'bookmarksN', { count: b }),
      });
    expect(question('en', 1, 2)).toBe(
      'Delete 1 highlight (with their notes) and 2 bookmarks from this device? This cannot be undone. The article stays available offline.',
    );
    expect(question('ru', 1, 21)).toMatch(
      /^Удалить с этого устройства 1 выделение \(вместе с заметками\) и 21 закладку\?/,
    );
    expect(question('ru', 5, 3)).toContain('5 выделений (вместе с заметками) и 3 закладки?');
    expect(question('tg', 5, 1)).toMatch(/^5 ҷудокарда \(бо қайдҳояшон\) ва 1 хатчӯб аз ин дастгоҳ/);
  });

  it('words the storage errors from the catalogue, so the reader is told in their language', () => {
    const en = CATALOGUES.en.offline;
    expect(new StorageUnavailableError().message).toBe(en.storageUnavailable);
    expect(new StorageBlockedError().message).toBe(en.storageBlocked);
    expect(new StorageOutdatedError().message).toBe(en.storageOutdated);
    expect(new StorageUpgradeError().message).toBe(en.storageUpgrade);
    expect(new StorageFullError().message).toBe(en.storageFull);
  });
});

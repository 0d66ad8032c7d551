// The edition's parallel translations: every unit of the English has exactly one current translation per
// language, a change to the English makes its translations stale and fails the build naming them, and the
// rendered translations stay outside the author's paragraphs (so highlights and `article p` never see them).
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { afterEach, describe, expect, it } from 'vitest';
import { buildArticle, ContentError } from '../../../src/build/content/index.ts';
import { parseContent } from '../../../src/build/content/parse.ts';
import { sourceHash, sourceUnits, validateTranslation } from '../../../src/build/content/translations.ts';
import { validateContent } from '../../../src/build/content/validate.ts';

const temps: string[] = [];
afterEach(() => {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A copy of content/ with article.md or a translation file changed, to try broken content. */
function variant(file: string, edit: (text: string) => string): string {
  const dir = mkdtempSync(join(tmpdir(), 'bri-tr-'));
  temps.push(dir);
  cpSync('content', dir, { recursive: true });
  writeFileSync(join(dir, file), edit(readFileSync(join(dir, file), 'utf8')));
  return dir;
}

function realUnits() {
  const parsed = parseContent('content/article.md');
  return sourceUnits(validateContent('article.md', 'content', parsed.frontMatter, parsed.tokens), parsed.tokens);
}

const ruRaw = () => parseYaml(readFileSync('content/translations/ru.yaml', 'utf8')) as { entries: unknown[] };

describe('the real translations', () => {
  it('translate the title, every paragraph, both captions and the source note, once each, from the current English', async () => {
    const units = realUnits();
    expect(units.map((u) => u.key)).toEqual(
      expect.arrayContaining(['title', 'caption:belarus-china-park', 'note:source']),
    );
    const article = await buildArticle('content');
    expect(units.filter((u) => u.key.startsWith('p-')).map((u) => u.key)).toEqual(article.paragraphs.map((p) => p.id));
    expect(article.translations.map((t) => t.lang)).toEqual(['ru', 'tg']);
    for (const t of article.translations) expect([...t.texts.keys()].sort()).toEqual(units.map((u) => u.key).sort());
  });

  it('are Cyrillic text, and the Tajik uses the Tajik letters', async () => {
    const [ru, tg] = (await buildArticle('content')).translations;
    for (const text of ru?.texts.values() ?? []) expect(text).toMatch(/[а-яё]/i);
    const allTajik = [...(tg?.texts.values() ?? [])].join(' ');
    for (const letter of 'ҷӣӯқғҳ') expect(allTajik).toContain(letter);
  });

  it('render under each paragraph, outside it, with lang and data-tr, and never as a p', async () => {
    const { html, paragraphs } = await buildArticle('content');
    for (const p of paragraphs) {
      const after = html.slice(html.indexOf(`<p id="${p.id}" data-pid>`));
      const end = after.indexOf('</p>') + 4;
      expect(after.slice(0, end), 'no translation inside the author’s paragraph').not.toContain('data-tr');
      expect(after.slice(end)).toMatch(
        new RegExp(
          `^\\s*(<div class="tr tr-provenance"[\\s\\S]*?</div>\\s*)*<div class="tr" lang="ru" data-tr="${p.id}">[^<]*<span class="tr-label">`,
        ),
      );
      expect(after.slice(end)).toContain(`<div class="tr" lang="tg" data-tr="${p.id}">`);
    }
    expect(html).not.toMatch(/<p[^>]* lang="(ru|tg)"/);
    expect(html.match(/class="tr tr-provenance"/g)).toHaveLength(2);
    expect(html).toContain(
      '<button type="button" class="text-button tr-toggle" aria-pressed="false">Translation</button>',
    );
    const about = html.slice(html.indexOf('<aside class="edition-note"'));
    expect(about).toContain('machine-assisted, and not reviewed by the author');
    // The About note also says it in each translation's language, shown with the translations.
    expect(about).toMatch(/<div class="tr" lang="ru">Перевод подготовлен этим изданием[^<]*не проверен автором/);
    expect(about).toMatch(/<div class="tr" lang="tg">Тарҷумаро ин нашр[^<]*муаллиф онро насанҷидааст/);
  });
});

describe('a translation that does not fit the English', () => {
  it('fails when a paragraph has no translation, naming it and the hash to record', () => {
    const raw = ruRaw();
    raw.entries = raw.entries.filter((e) => (e as { of: string }).of !== 'p-the-bri-as-a-framework');
    const units = realUnits();
    const hash = sourceHash(units.find((u) => u.key === 'p-the-bri-as-a-framework')?.text ?? '');
    expect(() => validateTranslation('ru.yaml', raw, units)).toThrow(
      `p-the-bri-as-a-framework: no translation (source: ${hash})`,
    );
  });

  it('fails when a paragraph is translated twice', () => {
    const raw = ruRaw();
    raw.entries.push(raw.entries[1]);
    expect(() => validateTranslation('ru.yaml', raw, realUnits())).toThrow(
      'p-since-the-very-start-of: translated twice',
    );
  });

  it('fails when an entry names no unit of the English', () => {
    const raw = ruRaw();
    (raw.entries[1] as { of: string }).of = 'p-no-such-paragraph';
    expect(() => validateTranslation('ru.yaml', raw, realUnits())).toThrow('p-no-such-paragraph: no such unit');
  });

  it('marks a translation stale when its English changes, and the build names it', async () => {
    const dir = variant('article.md', (md) =>
      md.replace('geostrategic and infrastructural', 'geostrategic and economic'),
    );
    const build = buildArticle(dir);
    await expect(build).rejects.toThrow(ContentError);
    await expect(build).rejects.toThrow(/ru\.yaml: entries: [\s\S]*p-since-the-very-start-of: stale/);
    // Only the changed paragraph is stale.
    await expect(build).rejects.not.toThrow(/p-the-recent-signs-of-regional: stale/);
  });

  it('does not mark a translation stale when only the English line wrapping or spacing changes', async () => {
    const dir = variant('article.md', (md) => md.replace('core element of its', 'core element\nof  its'));
    await expect(buildArticle(dir)).resolves.toMatchObject({ translations: [{ lang: 'ru' }, { lang: 'tg' }] });
  });

  it('treats an unquoted hash that YAML reads as a number as missing', async () => {
    const dir = variant('translations/tg.yaml', (y) => y.replace('source: "70c08c35a898"', 'source: 7e0'));
    await expect(buildArticle(dir)).rejects.toThrow(
      /tg\.yaml: entries: [\s\S]*title: stale, made from other English \(source missing/,
    );
  });

  it('fails when one language of the edition has no file', async () => {
    const dir = variant('translations/tg.yaml', (y) => y);
    rmSync(join(dir, 'translations/tg.yaml'));
    await expect(buildArticle(dir)).rejects.toThrow(/tg\.yaml: is missing/);
  });

  it('hashes the English with white space runs folded, and any wording change shows', () => {
    expect(sourceHash('a  b\nc')).toBe(sourceHash('a b c'));
    expect(sourceHash('a b c')).not.toBe(sourceHash('a b d'));
    expect(sourceHash('x')).toMatch(/^[0-9a-f]{12}$/);
  });
});

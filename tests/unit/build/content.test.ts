// The content pipeline: the author's words survive verbatim, ids are stable, bad content fails the build
// with the file and field named, and a second article (with a real JPEG) goes through the same steps.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildArticle, ContentError } from '../../../src/build/content/index.ts';
import { paragraphId } from '../../../src/build/content/render.ts';
import { seedArticle, squash } from '../../seed.ts';

const FIXTURE = 'tests/fixtures/content';
const temps: string[] = [];
afterEach(() => {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A copy of an article folder with article.md changed by `edit`, to try broken content. */
function variant(from: string, edit: (md: string) => string): string {
  const dir = mkdtempSync(join(tmpdir(), 'bri-content-'));
  temps.push(dir);
  cpSync(from, dir, { recursive: true });
  writeFileSync(join(dir, 'article.md'), edit(readFileSync(join(from, 'article.md'), 'utf8')));
  return dir;
}

describe('the real article', () => {
  const seed = seedArticle();
  it.skipIf(!seed)('holds every seed paragraph verbatim, in order, and nothing else as a paragraph', async () => {
    if (!seed) return; // narrows the type; skipIf has already skipped
    const article = await buildArticle('content');
    expect(article.paragraphs.map((p) => squash(p.text))).toEqual(seed.paragraphs.map(squash));
    expect(article.meta.signature).toBe(seed.signature);
    expect(article.meta.title).toBe(squash(seed.title));
  });

  it('keeps the author’s typos and the seed’s non-breaking spaces', async () => {
    const { paragraphs } = await buildArticle('content');
    const text = paragraphs.map((p) => p.text).join('\n');
    expect(text).toContain('strategy in th region');
    expect(text).toContain('success of the rgion');
    expect(text).toContain('regional\u00a0engagement');
  });

  it('marks both photos as stand-ins while the real files are absent, with the author’s captions', async () => {
    const { photos, html } = await buildArticle('content');
    expect(photos.map((p) => [p.meta.caption, p.standIn])).toEqual([
      ['Belarus-China Park. Photo by Maria Danilovich.', true],
      ['Mountain Pass, Tajikistan. Photo by Maria Danilovich.', true],
    ]);
    expect(html.match(/Stand-in image:/g)).toHaveLength(2);
    expect(html).toMatch(/alt="Stand-in illustration, not the author’s photo: a road winding/);
  });

  it('is deterministic: the same content gives the same version, ids and image names', async () => {
    const a = await buildArticle('content');
    const b = await buildArticle('content');
    expect(b.contentVersion).toBe(a.contentVersion);
    expect(b.paragraphs.map((p) => p.id)).toEqual(a.paragraphs.map((p) => p.id));
    expect(b.photos.flatMap((p) => p.files.map((f) => f.fileName))).toEqual(
      a.photos.flatMap((p) => p.files.map((f) => f.fileName)),
    );
  });
});

describe('paragraph ids', () => {
  it('come from the first words, so inserting a paragraph does not rename the others', () => {
    const taken = new Set<string>();
    expect(paragraphId('Since the very start of China’s Belt', taken)).toBe('p-since-the-very-start-of');
    expect(paragraphId('Since the very start of it all', taken)).toBe('p-since-the-very-start-of-2');
  });
});

describe('a second article through the same pipeline', () => {
  it('uses a dropped-in real JPEG: no stand-in mark, AVIF/WebP/JPEG at every width up to its own, sizes set', async () => {
    const article = await buildArticle(FIXTURE);
    const [photo] = article.photos;
    expect(photo?.standIn).toBe(false);
    expect(photo?.width).toBe(1200);
    expect(photo?.height).toBe(800);
    expect(photo?.files.map((f) => f.fileName.replace(/-[0-9a-f]{10}-/, '-#-'))).toEqual([
      'assets/photos/river-valley-#-400.avif',
      'assets/photos/river-valley-#-800.avif',
      'assets/photos/river-valley-#-1200.avif',
      'assets/photos/river-valley-#-400.webp',
      'assets/photos/river-valley-#-800.webp',
      'assets/photos/river-valley-#-1200.webp',
      'assets/photos/river-valley-#-400.jpg',
      'assets/photos/river-valley-#-800.jpg',
      'assets/photos/river-valley-#-1200.jpg',
    ]);
    expect(article.html).not.toContain('Stand-in');
    expect(article.html).toMatch(/<img [^>]*width="1200" height="800" alt="A green valley[^"]*" loading="lazy"/);
    expect(article.html).toMatch(/<source type="image\/avif" srcset="[^"]+400w, [^"]+800w, [^"]+1200w" sizes="/);
    expect(photo?.placeholder).toMatch(/^data:image\/webp;base64,/);
  });

  it('renders inline formatting and keeps raw HTML as text', async () => {
    const { html, paragraphs } = await buildArticle(FIXTURE);
    expect(html).toContain('<em>water</em>');
    expect(html).toContain('<a href="https://example.org/survey">a survey</a>');
    expect(html).toContain('&lt;b&gt;markup&lt;/b&gt;');
    expect(html).not.toContain('<b>markup</b>');
    expect(html).toContain('<h2>A heading inside the body</h2>');
    expect(paragraphs.map((p) => p.text)).toEqual([
      'Rivers carry water and silt from the mountains to the plains, as a survey noted.',
      'A second paragraph, with <b>markup</b> that must stay text, and a < sign.',
      'A third paragraph closes the fixture.',
    ]);
  });
});

describe('invalid content fails the build, naming the file and the field', () => {
  const cases: [string, (md: string) => string, RegExp][] = [
    ['a missing title', (md) => md.replace(/^title:.*\n/m, ''), /article\.md: title: is missing/],
    [
      'an empty alt text',
      (md) => md.replace(/^ {4}alt:.*$/m, '    alt: ""'),
      /photos\[0\]\.alt: must be a non-empty string/,
    ],
    [
      'a photo file that does not exist',
      (md) => md.replace('photos/river-valley.jpg', 'photos/nowhere.jpg'),
      /photos\[0\]\.file: photos\/nowhere\.jpg does not exist/,
    ],
    [
      'front matter that is not YAML',
      (md) => md.replace('lang: en', 'lang: [en'),
      /article\.md: front matter: is not valid YAML/,
    ],
    ['no front matter at all', (md) => md.replace(/^---[\s\S]*?---\n/, ''), /front matter: the file must start with/],
    [
      'a body photo that is not declared',
      (md) => md.replace('photo:river-valley', 'photo:lake'),
      /body: !\[\]\(photo:lake\)/,
    ],
    [
      'a declared photo never placed',
      (md) => md.replace('![](photo:river-valley)', ''),
      /photos\[0\]: "river-valley" is never placed/,
    ],
    [
      'an unknown stand-in',
      (md) => md.replace('    alt: A green', '    standIn: { art: castle, alt: x }\n    alt: A green'),
      /photos\[0\]\.standIn\.art: "castle" is not one of/,
    ],
  ];
  for (const [name, edit, message] of cases) {
    it(name, async () => {
      const dir = variant(FIXTURE, edit);
      const error = await buildArticle(dir).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ContentError);
      expect((error as Error).message).toMatch(message);
    });
  }

  it('a stand-in covers a missing file, and the real file replaces it once dropped in', async () => {
    const dir = variant(FIXTURE, (md) =>
      md.replace('    alt: A green', '    standIn: { art: mountain-pass, alt: A drawn stand-in. }\n    alt: A green'),
    );
    rmSync(join(dir, 'photos/river-valley.jpg'));
    expect((await buildArticle(dir)).photos[0]?.standIn).toBe(true);
    cpSync(join(FIXTURE, 'photos/river-valley.jpg'), join(dir, 'photos/river-valley.jpg'));
    expect((await buildArticle(dir)).photos[0]?.standIn).toBe(false);
  });
});

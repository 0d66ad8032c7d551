// The whole Vite build, not only the pipeline, is not bound to the real article: a second article under
// tests/fixtures/content/ (with a real JPEG) builds into a prerendered page of its own.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const outDir = mkdtempSync(join(tmpdir(), 'bri-fixture-build-'));

beforeAll(async () => {
  // vite.config.ts reads these when it is loaded, which build() does now.
  process.env.BRI_CONTENT_DIR = 'tests/fixtures/content';
  process.env.BRI_OUT_DIR = outDir;
  try {
    await build({ configFile: 'vite.config.ts', logLevel: 'silent' });
  } finally {
    delete process.env.BRI_CONTENT_DIR;
    delete process.env.BRI_OUT_DIR;
  }
}, 120_000);
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

describe('building a second article', () => {
  it('prerenders its title, paragraphs and figure into index.html', () => {
    const html = readFileSync(join(outDir, 'index.html'), 'utf8');
    expect(html).toContain('<h1 id="article-title">A Fixture Article About Rivers</h1>');
    expect(html).toContain('<title>A Fixture Article About Rivers</title>');
    expect(html).toMatch(/<p id="p-rivers-carry-water-and-silt" data-pid>Rivers carry <em>water<\/em>/);
    expect(html).toContain('<figcaption>A river valley. Photo by Test Author.</figcaption>');
    expect(html).not.toContain('Belt and Road Initiative in Central Asia: A New Formula');
    expect(html).toMatch(/<meta http-equiv="Content-Security-Policy"/);
  });

  it('emits its real photo in every format and width the page references', () => {
    const html = readFileSync(join(outDir, 'index.html'), 'utf8');
    const referenced = [...html.matchAll(/\/(assets\/photos\/[^ "]+)/g)].map((m) => m[1] as string);
    expect(new Set(referenced.map((f) => f.split('.').pop()))).toEqual(new Set(['avif', 'webp', 'jpg']));
    for (const file of referenced) expect(existsSync(join(outDir, file)), file).toBe(true);
    expect(readdirSync(join(outDir, 'assets/photos'))).toHaveLength(9);
  });
});

/**
 * Guards the prerendered map section: the contract's names, the text list that is the map for readers without
 * JavaScript, and the CSP (no inline script, no style attributes).
 */
import { describe, expect, it } from 'vitest';
import { renderMapSection } from '../../../src/build/map-section.tsx';

const html = renderMapSection();

describe('renderMapSection', () => {
  it('is a section labelled by a heading that names the map', () => {
    expect(html).toMatch(/^<section id="map"[^>]* aria-labelledby="map-heading"/);
    expect(html).toMatch(/<h2 id="map-heading">[^<]*Map[^<]*<\/h2>/);
  });

  it('holds the map container, the Show map button and the online checkbox', () => {
    expect(html).toContain('<div class="map-canvas" id="map-canvas"></div>');
    expect(html).toMatch(/<button type="button"[^>]*>Show map<\/button>/);
    expect(html).toMatch(/<label[^>]*><input type="checkbox" id="map-online"[^>]*> Detailed map \(online\)<\/label>/);
  });

  it('lists every place as text with its id, a source and a link to its figure', () => {
    for (const [id, figure] of [
      ['place-great-stone', 'fig-belarus-china-park'],
      ['place-shahristan-pass', 'fig-mountain-pass-tajikistan'],
      ['place-anzob-pass', 'fig-mountain-pass-tajikistan'],
    ]) {
      const item = html.slice(html.indexOf(`id="${id}"`), html.indexOf('</li>\n', html.indexOf(`id="${id}"`)));
      expect(item, id).toContain(`<a href="#${figure}" class="map-read">Read in article</a>`);
      expect(item, id).toContain("Edition's note, source:");
      expect(item, id).toMatch(/\d+\.\d{4}° N, \d+\.\d{4}° E/);
    }
    expect(html).toContain('Great Stone');
    expect(html).toContain('Shahristan Pass, Tajikistan (candidate)');
    expect(html).toContain('the author does not name the pass');
  });

  it('credits the data', () => {
    expect(html).toContain('Natural Earth');
    expect(html).toContain('© <a href="https://www.geonames.org/" rel="external noopener">GeoNames</a>, CC BY 4.0');
  });

  it('carries no script and no style attribute, so the CSP holds', () => {
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/\sstyle=/i);
    expect(html).not.toMatch(/\son[a-z]+=/i);
  });
});

describe('renderMapSection in the page’s language', () => {
  it('words the section, its controls and its credits in Russian and Tajik', () => {
    const ru = renderMapSection('ru');
    expect(ru).toContain('<h2 id="map-heading">Карта мест на фотографиях</h2>');
    expect(ru).toMatch(/<button type="button"[^>]*>Показать карту<\/button>/);
    expect(ru).toContain('> Подробная карта (онлайн)</label>');
    expect(ru).toContain(
      'города © <a href="https://www.geonames.org/" rel="external noopener">GeoNames</a>, CC BY 4.0',
    );
    const tg = renderMapSection('tg');
    expect(tg).toContain('<h2 id="map-heading">Харитаи ҷойҳои аксҳо</h2>');
    expect(tg).toContain('> Харитаи муфассал (онлайн)</label>');
    expect(tg).toContain('>Ағбаи Анзоб, Тоҷикистон (эҳтимолӣ)</h3>');
    for (const html of [ru, tg]) expect(html).not.toMatch(/Show map|Detailed map|Read in article|Basemap from/);
  });

  it('is English by default, as vite.config.ts calls it today', () => {
    expect(renderMapSection()).toBe(renderMapSection('en'));
  });
});

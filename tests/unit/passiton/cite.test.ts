// Guards against: references that differ from the styles' published examples, and any reference that invents
// what the source does not give (a publication date, a page, an address of the original).
import { describe, expect, it } from 'vitest';
import {
  formatCsl as formatCslRaw,
  formatReference as formatRaw,
  STYLES,
  type Source,
} from '../../../src/passiton/cite/format.ts';

// citeproc-js keeps a space before a colon from breaking (a no-break space), as typesetters do; compare as text.
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');
const formatCsl = (...args: Parameters<typeof formatCslRaw>) => plain(formatCslRaw(...args));
const formatReference = (...args: Parameters<typeof formatRaw>) => plain(formatRaw(...args));

const SOURCE: Source = {
  title: 'China’s Belt and Road Initiative in Central Asia: A New Formula for Regional Success Guaranteed',
  author: 'Maria Danilovich',
  institution: 'IRES Institute for Russian and Eurasian Studies, Uppsala University',
  url: 'https://bri-reader.example.org/',
  accessed: new Date(2026, 11, 1),
};
const TITLE = SOURCE.title;

describe('the styles reproduce their published examples', () => {
  it('APA 7: the blog post example of the APA Style website', () => {
    expect(
      formatCsl(
        {
          id: 'k',
          type: 'post-weblog',
          title: 'Can we talk scientifically about free will?',
          'container-title': 'Sci-Ed',
          author: [{ family: 'Klymkowsky', given: 'Mike' }],
          issued: { 'date-parts': [[2018, 9, 15]] },
          URL: 'https://blogs.plos.org/scied/2018/09/15/can-we-talk-scientifically-about-free-will/',
        },
        'apa',
        'bibliography',
      ),
    ).toBe(
      'Klymkowsky, M. (2018, September 15). Can we talk scientifically about free will? Sci-Ed. https://blogs.plos.org/scied/2018/09/15/can-we-talk-scientifically-about-free-will/',
    );
  });

  const yale = {
    id: 'y',
    type: 'webpage',
    title: 'About Yale: Yale Facts',
    'container-title': 'Yale University',
    URL: 'https://www.yale.edu/about-yale/yale-facts',
    accessed: { 'date-parts': [[2017, 5, 1]] },
  };
  it('Chicago notes and bibliography: the undated web page of the Chicago Manual of Style quick guide', () => {
    expect(formatCsl(yale, 'chicago', 'citation')).toBe(
      '“About Yale: Yale Facts,” Yale University, accessed May 1, 2017, https://www.yale.edu/about-yale/yale-facts.',
    );
    expect(formatCsl(yale, 'chicago', 'bibliography')).toBe(
      'Yale University. “About Yale: Yale Facts.” Accessed May 1, 2017. https://www.yale.edu/about-yale/yale-facts.',
    );
  });

  it('GOST R 7.0.100-2018: the standard’s own example of an article on a web site', () => {
    expect(
      formatCsl(
        {
          id: 'g',
          type: 'webpage',
          title:
            '«Пустое занятие»: кто лишает Россию права вето в СБ ООН : в ООН возобновились переговоры о реформе Совета Безопасности',
          'container-title': 'Газета.ru',
          author: [{ family: 'Грязев', given: 'Александр' }],
          issued: { 'date-parts': [[2018, 2, 2]] },
          URL: 'https://www.gazeta.ru/politics/2018/02/02_a_11634385.shtml',
          accessed: { 'date-parts': [[2018, 2, 9]] },
        },
        'gost',
        'bibliography',
      ),
    ).toBe(
      'Грязев, А. «Пустое занятие»: кто лишает Россию права вето в СБ ООН : в ООН возобновились переговоры о реформе Совета Безопасности / А. Грязев. — Текст : электронный // Газета.ru : [сайт]. — 2018. — 2 февр. — URL: https://www.gazeta.ru/politics/2018/02/02_a_11634385.shtml (дата обращения: 09.02.2018).',
    );
  });
});

describe('the article’s references', () => {
  it('say “n.d.” and give the edition’s address and the day it was read, nothing more', () => {
    expect(formatReference('apa', SOURCE)).toBe(
      `Danilovich, M. (n.d.). ${TITLE}. Retrieved December 1, 2026, from https://bri-reader.example.org/`,
    );
    expect(formatReference('chicago', SOURCE)).toBe(
      `Danilovich, Maria. “${TITLE}.” Accessed December 1, 2026. https://bri-reader.example.org/.`,
    );
    expect(formatReference('gost', SOURCE)).toBe(
      `Danilovich, M. ${TITLE} / M. Danilovich. — Текст : электронный. — URL: https://bri-reader.example.org/ (дата обращения: 01.12.2026).`,
    );
  });

  it('cite a passage by paragraph number', () => {
    const passage = { paragraph: 4, quote: 'a delicate balance' };
    expect(formatReference('apa', SOURCE, passage).split('\n')[0]).toBe(
      '“a delicate balance” (Danilovich, n.d., para. 4)',
    );
    expect(formatReference('chicago', SOURCE, passage).split('\n\n')[1]).toBe(
      `1. Maria Danilovich, “${TITLE},” para. 4, accessed December 1, 2026, https://bri-reader.example.org/.`,
    );
    expect(formatReference('gost', SOURCE, passage).split('\n')[0]).toBe('“a delicate balance” [Danilovich, para. 4]');
    expect(formatReference('ris', SOURCE, passage)).toContain('N1  - Paragraph 4: “a delicate balance”');
    expect(JSON.parse(formatReference('csl-json', SOURCE, passage))[0]).toMatchObject({
      locator: '4',
      label: 'paragraph',
    });
  });

  it('never invent a date, a page or another address, in any format', () => {
    for (const style of STYLES) {
      const text = formatReference(style, SOURCE, { paragraph: 2, quote: 'x' });
      expect(text, `${style}: no page`).not.toMatch(/\bpp?\.\s?\d/);
      expect(text, style).not.toMatch(/\b(issued|year|date)\s*=|PY {2}- |DA {2}- |"issued"/);
      expect(text.match(/https?:\/\/[^\s)}"]+/g) ?? [], style).toEqual(
        expect.arrayContaining([expect.stringMatching(/^https:\/\/bri-reader\.example\.org\/\.?$/)]),
      );
      for (const url of text.match(/https?:\/\/[^\s)}"]+/g) ?? [])
        expect(url, style).toMatch(/^https:\/\/bri-reader\.example\.org\//);
    }
    const bibtex = formatReference('bibtex', SOURCE);
    expect(bibtex).toMatch(/^@misc\{/);
    expect(bibtex).toContain('author = {Danilovich, Maria}');
    expect(bibtex).not.toMatch(/\byear\s*=/);
    expect(formatReference('ris', SOURCE)).toMatch(/^TY {2}- BLOG\r\nAU {2}- Danilovich, Maria\r\n/);
  });
});

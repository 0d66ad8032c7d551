import { describe, expect, it } from 'vitest';
import { photoCount, shownPhotos } from '../../../src/offline/photos.ts';

// Node has no DOM, and no DOM library can make a browser's srcset pick anyway. This fake holds just what
// photos.ts touches; the tests play the browser's part (a pick, a failure, a stall) on the image it creates.
const BASE = 'https://reader.example/';

class FakeDocument {
  readonly created: FakeElement[] = [];
  readonly body = new FakeElement('body', this);
  createElement(tag: string): FakeElement {
    const element = new FakeElement(tag, this);
    this.created.push(element);
    return element;
  }
  querySelectorAll(selector: string): FakeElement[] {
    return this.body.querySelectorAll(selector);
  }
}

class FakeElement {
  readonly children: FakeElement[] = [];
  parent: FakeElement | undefined;
  readonly attributes = new Map<string, string>();
  readonly listeners = new Map<string, () => void>();
  loading = '';
  decoding = '';
  currentSrc = '';
  constructor(
    readonly tagName: string,
    readonly ownerDocument: FakeDocument,
  ) {}
  get src(): string {
    const value = this.attributes.get('src');
    return value === undefined ? '' : new URL(value, BASE).href;
  }
  getAttribute(name: string): string | null {
    return this.attributes.get(name) ?? null;
  }
  setAttribute(name: string, value: string): void {
    this.attributes.set(name, value);
  }
  append(...nodes: FakeElement[]): void {
    for (const node of nodes) {
      node.parent = this;
      this.children.push(node);
    }
  }
  cloneNode(): FakeElement {
    const copy = new FakeElement(this.tagName, this.ownerDocument);
    for (const [name, value] of this.attributes) copy.setAttribute(name, value);
    return copy;
  }
  addEventListener(type: string, listener: () => void): void {
    this.listeners.set(type, listener);
  }
  dispatch(type: 'load' | 'error'): void {
    this.listeners.get(type)?.();
  }
  /** Descendant selectors of `tag` and `tag[attribute]` parts: all photos.ts asks. */
  querySelectorAll(selector: string): FakeElement[] {
    const parts = selector.split(/\s+/);
    const matches = (el: FakeElement, part: string) => {
      const [, tag, attr] = /^(\w+)(?:\[(\w+)\])?$/.exec(part) ?? [];
      return el.tagName === tag && (!attr || el.attributes.has(attr));
    };
    const within = (el: FakeElement, ancestors: string[]): boolean => {
      if (!ancestors.length) return true;
      for (let up = el.parent; up && up !== this.parent; up = up.parent) {
        if (matches(up, ancestors.at(-1) as string) && within(up, ancestors.slice(0, -1))) return true;
      }
      return false;
    };
    const found: FakeElement[] = [];
    const walk = (el: FakeElement) => {
      for (const child of el.children) {
        if (matches(child, parts.at(-1) as string) && within(child, parts.slice(0, -1))) found.push(child);
        walk(child);
      }
    };
    walk(this);
    return found;
  }
  querySelector(selector: string): FakeElement | null {
    return this.querySelectorAll(selector)[0] ?? null;
  }
}

function element(doc: FakeDocument, tag: string, attributes: Record<string, string> = {}, ...children: FakeElement[]) {
  const el = new FakeElement(tag, doc);
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  el.append(...children);
  return el;
}

/** The build's markup for one photo: AVIF and WebP sources, a JPEG fallback image, lazily loaded. */
function figure(doc: FakeDocument, stem: string, withImage = true): FakeElement {
  const srcset = (ext: string) => `/assets/photos/${stem}-400.${ext} 400w, /assets/photos/${stem}-800.${ext} 800w`;
  const sizes = '(min-width: 48rem) 44rem, 100vw';
  return element(
    doc,
    'figure',
    {},
    element(
      doc,
      'picture',
      {},
      element(doc, 'source', { type: 'image/avif', srcset: srcset('avif'), sizes }),
      element(doc, 'source', { type: 'image/webp', srcset: srcset('webp'), sizes }),
      ...(withImage
        ? [
            element(doc, 'img', {
              src: `/assets/photos/${stem}-800.jpg`,
              srcset: srcset('jpg'),
              sizes,
              loading: 'lazy',
            }),
          ]
        : []),
    ),
  );
}

function article(doc: FakeDocument): FakeDocument {
  doc.body.append(
    element(doc, 'main', {}, figure(doc, 'park'), figure(doc, 'pass'), figure(doc, 'empty', false)),
    // A picture outside the article (an icon, say) is not one of the photos.
    element(doc, 'footer', {}, figure(doc, 'logo')),
  );
  return doc;
}

const root = (doc: FakeDocument) => doc as unknown as ParentNode;
const detachedImages = (doc: FakeDocument) => doc.created.filter((el) => el.tagName === 'img');

describe('the photo variants kept offline', () => {
  it('are the article’s photos that have an image, in page order', () => {
    expect(photoCount(root(article(new FakeDocument())))).toBe(2);
  });

  it('are what the browser picks for a detached copy made with the page’s own sources, now', async () => {
    const doc = article(new FakeDocument());
    const shown = shownPhotos(root(doc));
    const [park, pass] = detachedImages(doc);
    if (!park || !pass) throw new Error('no detached image was made');
    const copy = park.parent as FakeElement;
    expect(copy.tagName).toBe('picture');
    expect(copy.parent, 'the copy stays out of the document').toBeUndefined();
    const original = doc.querySelectorAll('main picture')[0] as FakeElement;
    expect(copy.children.map((el) => [el.tagName, Object.fromEntries(el.attributes)])).toEqual([
      ...original.querySelectorAll('source').map((el) => ['source', Object.fromEntries(el.attributes)]),
      [
        'img',
        {
          sizes: original.children[2]?.getAttribute('sizes'),
          srcset: expect.stringContaining('park-400.jpg'),
          src: '/assets/photos/park-800.jpg',
        },
      ],
    ]);
    expect(park.loading, 'the pick is made now, not when the reader scrolls to the photo').toBe('eager');

    // The browser's pick: AVIF, at the width this viewport and pixel ratio need.
    park.currentSrc = `${BASE}assets/photos/park-800.avif`;
    park.dispatch('load');
    pass.currentSrc = `${BASE}assets/photos/pass-400.avif`;
    pass.dispatch('load');
    expect(await shown).toEqual([`${BASE}assets/photos/park-800.avif`, `${BASE}assets/photos/pass-400.avif`]);
  });

  it('fall back to the plain src when the image fails before a pick, so a failure shows as missing', async () => {
    const doc = article(new FakeDocument());
    const shown = shownPhotos(root(doc));
    for (const img of detachedImages(doc)) img.dispatch('error');
    expect(await shown).toEqual([`${BASE}assets/photos/park-800.jpg`, `${BASE}assets/photos/pass-800.jpg`]);
  });

  it('do not hold the status forever on a link that stalls', async () => {
    const doc = article(new FakeDocument());
    const shown = shownPhotos(root(doc), 20);
    const [park] = detachedImages(doc);
    if (park) {
      park.currentSrc = `${BASE}assets/photos/park-400.webp`;
      park.dispatch('load');
    }
    expect(await shown).toEqual([`${BASE}assets/photos/park-400.webp`, `${BASE}assets/photos/pass-800.jpg`]);
  });
});

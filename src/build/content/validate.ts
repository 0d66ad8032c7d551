import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Token } from 'marked';
import { STAND_IN_ART } from './stand-ins.ts';
import { type ArticleMeta, ContentError, type PhotoMeta } from './types.ts';

type Obj = Record<string, unknown>;

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

function text(file: string, obj: Obj, key: string, field = key, optional = false): string {
  const value = obj[key];
  if (value === undefined && optional) return '';
  if (typeof value !== 'string' || value.trim() === '') {
    throw new ContentError(file, field, value === undefined ? 'is missing' : 'must be a non-empty string');
  }
  return value.trim();
}

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function photo(file: string, contentDir: string, raw: unknown, i: number): PhotoMeta {
  const at = `photos[${i}]`;
  if (!isObj(raw)) throw new ContentError(file, at, 'must be a mapping');
  const id = text(file, raw, 'id', `${at}.id`);
  if (!ID.test(id)) throw new ContentError(file, `${at}.id`, `"${id}" must be lower-case words joined by "-"`);
  const meta: PhotoMeta = {
    id,
    file: text(file, raw, 'file', `${at}.file`),
    caption: text(file, raw, 'caption', `${at}.caption`),
    credit: text(file, raw, 'credit', `${at}.credit`),
    alt: text(file, raw, 'alt', `${at}.alt`),
  };
  const place = text(file, raw, 'place', `${at}.place`, true);
  if (place) meta.place = place;
  if (raw.standIn !== undefined) {
    if (!isObj(raw.standIn)) throw new ContentError(file, `${at}.standIn`, 'must be a mapping with art and alt');
    const art = text(file, raw.standIn, 'art', `${at}.standIn.art`);
    if (!(art in STAND_IN_ART)) {
      throw new ContentError(
        file,
        `${at}.standIn.art`,
        `"${art}" is not one of ${Object.keys(STAND_IN_ART).join(', ')}`,
      );
    }
    meta.standIn = { art, alt: text(file, raw.standIn, 'alt', `${at}.standIn.alt`) };
  }
  // A stand-in covers for a photo that is not there yet; without one, a missing photo is an error.
  if (!meta.standIn && !existsSync(join(contentDir, meta.file))) {
    throw new ContentError(file, `${at}.file`, `${meta.file} does not exist in ${contentDir}`);
  }
  return meta;
}

/** Step 2: check the front matter and the body's photo references; returns typed metadata or throws ContentError. */
export function validateContent(file: string, contentDir: string, frontMatter: unknown, tokens: Token[]): ArticleMeta {
  if (!isObj(frontMatter)) throw new ContentError(file, 'front matter', 'must be a YAML mapping');
  if (frontMatter.photos !== undefined && !Array.isArray(frontMatter.photos)) {
    throw new ContentError(file, 'photos', 'must be a list');
  }
  const photos = ((frontMatter.photos as unknown[] | undefined) ?? []).map((p, i) => photo(file, contentDir, p, i));
  const seen = new Set<string>();
  for (const [i, p] of photos.entries()) {
    if (seen.has(p.id)) throw new ContentError(file, `photos[${i}].id`, `"${p.id}" is used twice`);
    seen.add(p.id);
  }
  if (!isObj(frontMatter.source)) throw new ContentError(file, 'source', 'is missing (a mapping with credit)');
  const meta: ArticleMeta = {
    title: text(file, frontMatter, 'title'),
    author: text(file, frontMatter, 'author'),
    affiliation: text(file, frontMatter, 'affiliation'),
    lang: text(file, frontMatter, 'lang', 'lang', true) || 'en',
    source: { credit: text(file, frontMatter.source, 'credit', 'source.credit') },
    photos,
  };
  const signature = text(file, frontMatter, 'signature', 'signature', true);
  if (signature) meta.signature = signature;

  const used = new Set<string>();
  for (const ref of photoRefs(tokens)) {
    if (!seen.has(ref)) throw new ContentError(file, `body: ![](photo:${ref})`, `no photo with id "${ref}" in photos`);
    used.add(ref);
  }
  for (const [i, p] of photos.entries()) {
    if (!used.has(p.id)) throw new ContentError(file, `photos[${i}]`, `"${p.id}" is never placed in the body`);
  }
  if (!tokens.some((t) => t.type === 'paragraph' && photoRef(t) === null)) {
    throw new ContentError(file, 'body', 'has no paragraphs');
  }
  return meta;
}

/** The photo id when a paragraph is nothing but `![](photo:<id>)`, else null. */
export function photoRef(token: Token): string | null {
  if (token.type !== 'paragraph') return null;
  const inline = (token.tokens ?? []).filter((t) => !(t.type === 'text' && t.raw.trim() === ''));
  const only = inline[0];
  if (inline.length !== 1 || only?.type !== 'image') return null;
  const href = (only as { href: string }).href;
  return href.startsWith('photo:') ? href.slice('photo:'.length) : null;
}

function* photoRefs(tokens: Token[]): Generator<string> {
  for (const t of tokens) {
    const ref = photoRef(t);
    if (ref) yield ref;
  }
}

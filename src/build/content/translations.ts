import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Token, Tokens } from 'marked';
import { parse as parseYaml } from 'yaml';
import { TRANSLATION_LANGS, type TranslationLang } from '../../i18n/languages.ts';
import { paragraphId, plainText } from './render.ts';
import { type ArticleMeta, ContentError } from './types.ts';
import { photoRef } from './validate.ts';

/**
 * The edition's parallel translations (content/translations/<lang>.yaml), checked against the English they
 * translate. Every translatable unit (title, each author paragraph, each caption, the source note) has exactly
 * one entry per language, and each entry records the hash of the English it was made from: when the English
 * changes, the build fails and names the entries to revise, so an outdated translation is never shown as current.
 */

/** A piece of the English the edition translates, keyed as translation files name it. */
export interface SourceUnit {
  /** `title`, a paragraph id (`p-…`), `caption:<photo id>` or `note:source`. */
  key: string;
  text: string;
}

/** A place name's sourced form in one language, recorded like the map's facts. */
interface NameForm {
  english: string;
  form: string;
  source: { name: string; url?: string };
}

/** One language's checked translation: the text for each unit key, plus its provenance wording. */
export interface Translation {
  lang: TranslationLang;
  /** Says, in this language, who made the translation and that the author has not reviewed it. */
  provenance: string;
  /** Short mark on every translated block: "the edition's translation". */
  label: string;
  names: NameForm[];
  texts: Map<string, string>;
}

/**
 * The hash an entry's `source` must hold: 12 hex digits of SHA-256 over the English with runs of white space
 * made one space, so re-wrapping a line does not make a translation stale but any change of wording does.
 */
export function sourceHash(english: string): string {
  return createHash('sha256').update(english.replace(/\s+/g, ' ').trim()).digest('hex').slice(0, 12);
}

/** Every unit of the article that gets a translation, in reading order, with the ids the page uses. */
export function sourceUnits(meta: ArticleMeta, tokens: Token[]): SourceUnit[] {
  const taken = new Set<string>();
  const units: SourceUnit[] = [{ key: 'title', text: meta.title }];
  for (const token of tokens) {
    if (token.type !== 'paragraph' || photoRef(token) !== null) continue;
    const text = plainText((token as Tokens.Paragraph).tokens).trim();
    units.push({ key: paragraphId(text, taken), text });
  }
  for (const p of meta.photos) units.push({ key: `caption:${p.id}`, text: p.caption });
  units.push({ key: 'note:source', text: meta.source.credit });
  return units;
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

function str(file: string, obj: Obj, key: string, field: string): string {
  const v = obj[key];
  if (typeof v !== 'string' || v.trim() === '') {
    throw new ContentError(file, field, v === undefined ? 'is missing' : 'must be a non-empty string');
  }
  return v.replace(/\s+/g, ' ').trim();
}

/**
 * Checks one language's translation file against the English units and returns it, or throws ContentError
 * listing every problem at once (missing, duplicate, unknown or stale entries), each with what to do.
 */
export function validateTranslation(file: string, raw: unknown, units: readonly SourceUnit[]): Translation {
  if (!isObj(raw)) throw new ContentError(file, 'file', 'must be a YAML mapping');
  const lang = str(file, raw, 'lang', 'lang');
  if (!(TRANSLATION_LANGS as readonly string[]).includes(lang)) {
    throw new ContentError(file, 'lang', `"${lang}" is not one of ${TRANSLATION_LANGS.join(', ')}`);
  }
  if (!Array.isArray(raw.entries)) throw new ContentError(file, 'entries', 'must be a list');
  const names = Array.isArray(raw.names) ? raw.names : [];
  const byKey = new Map(units.map((u) => [u.key, u]));
  const texts = new Map<string, string>();
  const problems: string[] = [];
  for (const [i, entry] of (raw.entries as unknown[]).entries()) {
    if (!isObj(entry)) throw new ContentError(file, `entries[${i}]`, 'must be a mapping with of, source, text');
    const key = str(file, entry, 'of', `entries[${i}].of`);
    const text = str(file, entry, 'text', `entries[${i}].text`);
    // A hash YAML read as a number (e.g. 3e4741427178) counts as missing: the message says to quote it.
    const recorded = typeof entry.source === 'string' ? entry.source : '';
    const unit = byKey.get(key);
    if (!unit)
      problems.push(`${key}: no such unit in the English (a paragraph id changed? ids come from its first words)`);
    else if (texts.has(key)) problems.push(`${key}: translated twice; keep one entry`);
    else if (recorded !== sourceHash(unit.text)) {
      problems.push(
        `${key}: stale, made from other English (source ${recorded || 'missing'}, now ${sourceHash(unit.text)}); revise the text to the current English, then set source: "${sourceHash(unit.text)}" (quoted: YAML reads some hex as numbers)`,
      );
    }
    texts.set(key, text);
  }
  for (const u of units)
    if (!texts.has(u.key)) problems.push(`${u.key}: no translation (source: ${sourceHash(u.text)})`);
  if (problems.length > 0) throw new ContentError(file, 'entries', `\n  ${problems.join('\n  ')}`);
  return {
    lang: lang as TranslationLang,
    provenance: str(file, raw, 'provenance', 'provenance'),
    label: str(file, raw, 'label', 'label'),
    names: names.map((n, i) => {
      if (!isObj(n) || !isObj(n.source)) throw new ContentError(file, `names[${i}]`, 'needs english, form, source');
      const url = typeof n.source.url === 'string' ? n.source.url : undefined;
      return {
        english: str(file, n, 'english', `names[${i}].english`),
        form: str(file, n, 'form', `names[${i}].form`),
        source: { name: str(file, n.source, 'name', `names[${i}].source.name`), ...(url ? { url } : {}) },
      };
    }),
    texts,
  };
}

/**
 * Reads and checks every `<lang>.yaml` in `<contentDir>/translations/` (none is fine: an article without
 * translations builds as before); every language the edition offers must be there once one is.
 */
export function loadTranslations(contentDir: string, units: readonly SourceUnit[]): Translation[] {
  const dir = join(contentDir, 'translations');
  if (!existsSync(dir)) return [];
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort();
  const out = files.map((f) => {
    const file = join(dir, f);
    let raw: unknown;
    try {
      raw = parseYaml(readFileSync(file, 'utf8'));
    } catch (error) {
      throw new ContentError(file, 'file', `is not valid YAML (${(error as Error).message.split('\n')[0]})`);
    }
    const t = validateTranslation(file, raw, units);
    if (`${t.lang}.yaml` !== f) throw new ContentError(file, 'lang', `"${t.lang}" must match the file name`);
    return t;
  });
  for (const lang of TRANSLATION_LANGS) {
    if (out.length > 0 && !out.some((t) => t.lang === lang)) {
      throw new ContentError(dir, `${lang}.yaml`, 'is missing: every language the edition offers needs a translation');
    }
  }
  return TRANSLATION_LANGS.flatMap((lang) => out.filter((t) => t.lang === lang));
}

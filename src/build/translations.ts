/**
 * `npm run translations`: for each unit of the English (title, paragraphs, captions, source note), its current
 * source hash and, per language file, whether the entry is current, stale or missing. Translators run it
 * after revising; the build itself refuses stale or missing entries (content/translations.ts).
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { TRANSLATION_LANGS } from '../i18n/languages.ts';
import { parseContent } from './content/parse.ts';
import { sourceHash, sourceUnits } from './content/translations.ts';
import { validateContent } from './content/validate.ts';

const contentDir = resolve(process.argv[2] ?? 'content');
const parsed = parseContent(join(contentDir, 'article.md'));
const meta = validateContent(parsed.file, contentDir, parsed.frontMatter, parsed.tokens);
const units = sourceUnits(meta, parsed.tokens);
const recorded = new Map<string, Map<string, string>>();
for (const lang of TRANSLATION_LANGS) {
  const map = new Map<string, string>();
  try {
    const raw = parseYaml(readFileSync(join(contentDir, 'translations', `${lang}.yaml`), 'utf8')) as {
      entries?: { of?: string; source?: string }[];
    };
    for (const e of raw.entries ?? []) if (e.of) map.set(e.of, String(e.source ?? ''));
  } catch {
    // A missing or unreadable file shows every entry as missing.
  }
  recorded.set(lang, map);
}
let bad = 0;
for (const u of units) {
  const hash = sourceHash(u.text);
  const states = TRANSLATION_LANGS.map((lang) => {
    const got = recorded.get(lang)?.get(u.key);
    const state = got === undefined ? 'MISSING' : got === hash ? 'ok' : 'STALE';
    if (state !== 'ok') bad++;
    return `${lang}:${state}`;
  });
  console.log(`${hash}  ${states.join(' ')}  ${u.key}`);
}
console.log(bad === 0 ? 'All translations are current.' : `${bad} entries to write or revise.`);
process.exitCode = bad === 0 ? 0 : 1;

/**
 * Build time and tests: every language's whole catalogue, area by area (src/i18n/messages/<lang>/<area>.ts).
 * The app never imports this file (it would bundle every language): pages use src/i18n/runtime.ts through
 * src/i18n/text/<area>.ts. A missing key fails the type check in ru/tg; `catalogueProblems` (run by
 * tests/unit/i18n) also catches missing plural forms and placeholders that differ, which types cannot see.
 */
import { format, type Message, PLACEHOLDER, type Params } from './format.ts';
import type { Language } from './languages.ts';
import { pluralCategories } from './plural.ts';
import { page as enPage } from './messages/en/page.ts';
import { reader as enReader } from './messages/en/reader.ts';
import { offline as enOffline } from './messages/en/offline.ts';
import { transfer as enTransfer } from './messages/en/transfer.ts';
import { share as enShare } from './messages/en/share.ts';
import { cite as enCite } from './messages/en/cite.ts';
import { copy as enCopy } from './messages/en/copy.ts';
import { listen as enListen } from './messages/en/listen.ts';
import { map as enMap } from './messages/en/map.ts';
import { page as ruPage } from './messages/ru/page.ts';
import { reader as ruReader } from './messages/ru/reader.ts';
import { offline as ruOffline } from './messages/ru/offline.ts';
import { transfer as ruTransfer } from './messages/ru/transfer.ts';
import { share as ruShare } from './messages/ru/share.ts';
import { cite as ruCite } from './messages/ru/cite.ts';
import { copy as ruCopy } from './messages/ru/copy.ts';
import { listen as ruListen } from './messages/ru/listen.ts';
import { map as ruMap } from './messages/ru/map.ts';
import { page as tgPage } from './messages/tg/page.ts';
import { reader as tgReader } from './messages/tg/reader.ts';
import { offline as tgOffline } from './messages/tg/offline.ts';
import { transfer as tgTransfer } from './messages/tg/transfer.ts';
import { share as tgShare } from './messages/tg/share.ts';
import { cite as tgCite } from './messages/tg/cite.ts';
import { copy as tgCopy } from './messages/tg/copy.ts';
import { listen as tgListen } from './messages/tg/listen.ts';
import { map as tgMap } from './messages/tg/map.ts';

/** Every area, for every language: `CATALOGUES.ru.reader.bookmark`. */
export const CATALOGUES = {
  en: {
    page: enPage,
    reader: enReader,
    offline: enOffline,
    transfer: enTransfer,
    share: enShare,
    cite: enCite,
    copy: enCopy,
    listen: enListen,
    map: enMap,
  },
  ru: {
    page: ruPage,
    reader: ruReader,
    offline: ruOffline,
    transfer: ruTransfer,
    share: ruShare,
    cite: ruCite,
    copy: ruCopy,
    listen: ruListen,
    map: ruMap,
  },
  tg: {
    page: tgPage,
    reader: tgReader,
    offline: tgOffline,
    transfer: tgTransfer,
    share: tgShare,
    cite: tgCite,
    copy: tgCopy,
    listen: tgListen,
    map: tgMap,
  },
} as const;

export type Area = keyof (typeof CATALOGUES)['en'];
export const AREAS = Object.keys(CATALOGUES.en) as Area[];

/** The prerendered page's words in `lang` (build time): `pageText('ru', 'skipLink')`. */
export function pageText(lang: Language, key: keyof (typeof CATALOGUES)['en']['page'], params?: Params): string {
  return format(lang, CATALOGUES[lang].page[key] as Message, params);
}

/** Any area's message in `lang` (build time and tests). */
export function text(lang: Language, area: Area, key: string, params?: Params): string {
  const message = (CATALOGUES[lang][area] as Record<string, Message>)[key];
  if (message === undefined) throw new Error(`no message ${area}.${key}`);
  return format(lang, message, params);
}

/** The `{name}` placeholders a message uses, sorted, over all its plural forms. */
function placeholders(message: Message): string[] {
  const forms = typeof message === 'string' ? [message] : Object.values(message);
  return [...new Set(forms.flatMap((f) => [...(f ?? '').matchAll(PLACEHOLDER)].map((m) => m[1] ?? '')))].sort();
}

/**
 * Everything wrong with one area's catalogues compared with English: missing or extra keys, a string where a
 * counted message belongs (or the reverse), a plural category the language needs but lacks, and placeholders
 * that differ. Empty when all is well.
 */
export function catalogueProblems(catalogues: Record<string, Record<string, Message>>): string[] {
  const problems: string[] = [];
  const reference = catalogues.en ?? {};
  for (const [lang, catalogue] of Object.entries(catalogues)) {
    for (const key of Object.keys(reference)) {
      const want = reference[key] as Message;
      const got = catalogue[key];
      if (got === undefined) {
        problems.push(`${lang}.${key}: missing`);
        continue;
      }
      if (typeof want !== typeof got)
        problems.push(`${lang}.${key}: must be ${typeof want === 'string' ? 'a string' : 'plural forms'}`);
      if (typeof got === 'object') {
        for (const category of pluralCategories(lang as Language)) {
          if (!got[category]) problems.push(`${lang}.${key}: no "${category}" form`);
        }
      }
      const a = placeholders(want).join(', ');
      const b = placeholders(got).join(', ');
      if (a !== b) problems.push(`${lang}.${key}: placeholders {${b}} differ from English {${a}}`);
    }
    for (const key of Object.keys(catalogue)) if (!(key in reference)) problems.push(`${lang}.${key}: not in English`);
  }
  return problems;
}

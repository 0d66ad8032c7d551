// Loaded lazily with "Export as Markdown": the reader's highlights and notes for a notes app.
import type { Language } from '../../i18n/languages.ts';
import { uiLanguage } from '../../i18n/runtime.ts';
import { transferText } from '../../i18n/text/transfer.ts';
import type { Bookmark, Highlight } from '../../shared/types.ts';
import type { ExportMeta } from './w3c.ts';

// A backslash before ASCII punctuation is CommonMark's literal escape: notes stay text in any notes app,
// so `<script>` or `&amp;` written by the reader (or by a hostile file) is shown, never interpreted.
const escapeMarkdown = (text: string) => text.replace(/[\\<>&]/g, '\\$&');

/**
 * Markdown for a notes app: title, author, then each quote (`> `) with its note below, in reading order. The
 * headings are in `lang` (the interface language unless given); the quotes stay the author's English.
 */
export function exportMarkdown(
  highlights: readonly Highlight[],
  bookmarks: readonly Bookmark[],
  meta: ExportMeta,
  lang: Language = uiLanguage(),
): string {
  const t = transferText.in(lang);
  const out = [`# ${escapeMarkdown(meta.title)}`, '', escapeMarkdown(meta.author), '', `<${meta.source}>`];
  const ordered = [...highlights].sort((a, b) => a.anchor.position.start - b.anchor.position.start);
  if (ordered.length) out.push('', `## ${escapeMarkdown(t('mdHighlights'))}`);
  for (const h of ordered) {
    out.push(
      '',
      ...escapeMarkdown(h.anchor.quote.exact)
        .split('\n')
        .map((line) => `> ${line}`.trimEnd()),
    );
    if (h.note) out.push('', escapeMarkdown(h.note));
  }
  const order = meta.paragraphOrder ?? [];
  const rank = (b: Bookmark) => (order.includes(b.paragraphId) ? order.indexOf(b.paragraphId) : order.length);
  const marks = [...bookmarks].sort(
    (a, b) => rank(a) - rank(b) || a.offset - b.offset || Date.parse(a.created) - Date.parse(b.created),
  );
  if (marks.length) out.push('', `## ${escapeMarkdown(t('mdBookmarks'))}`, '');
  for (const b of marks) out.push(`- ${escapeMarkdown(b.label.replace(/\s+/g, ' ').trim()) || b.paragraphId}`);
  return `${out.join('\n')}\n`;
}

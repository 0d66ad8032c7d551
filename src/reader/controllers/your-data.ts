// First bundle (small): Export, Import and "Delete from this device" for the "Your data" panel. The storage code
// for them (transfer, erase) loads only when the reader uses one of them.
import { formatNumber } from '../../i18n/intl.ts';
import { readerText as t } from '../../i18n/text/reader.ts';
import { getState, notify } from '../store.ts';
import { articleMeta, textModel } from './article.ts';
import { loadBookmarks } from './bookmarks.ts';
import { load, storageReady } from './database.ts';
import { loadHighlights } from './highlights.ts';

/** What an import did, in the reader's language (removals named only when there were some). */
function importedText(name: string, c: { added: number; updated: number; removed: number; unchanged: number }): string {
  return t(c.removed ? 'importedRemoved' : 'imported', { name, ...c });
}

function download(name: string, type: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Downloads the highlights, notes and bookmarks as a W3C Web Annotation file (`json`) or as Markdown. */
export async function exportAs(format: 'json' | 'markdown'): Promise<void> {
  const [transfer, { listTombstones }] = await Promise.all([
    import('../../storage/transfer/index.ts'),
    import('../../storage/tombstones.ts'),
  ]);
  const { highlights, bookmarks } = getState();
  // The removals travel too, so importing this file elsewhere removes there what was removed here.
  // Where saving is off the reader was already told, and there are no removals to carry.
  const tombstones =
    getState().storage === 'ready' ? ((await load(t('savedRemovals'), listTombstones))?.items ?? []) : [];
  const meta = { ...articleMeta(), paragraphOrder: textModel().paragraphs.map((p) => p.id) };
  const day = new Date().toISOString().slice(0, 10);
  if (format === 'json') {
    download(
      `bri-reader-annotations-${day}.json`,
      'application/ld+json',
      transfer.exportAnnotations(highlights, bookmarks, meta, tombstones),
    );
  } else {
    download(`bri-reader-notes-${day}.md`, 'text/markdown', transfer.exportMarkdown(highlights, bookmarks, meta));
  }
}

/**
 * Checks and imports an export file. Resolves with the problems to show next to the Import input (empty when
 * it was imported, or when storage is unavailable, which the reader was already told). Nothing changes unless
 * the whole file is good and saved.
 */
export async function importFile(file: File): Promise<string[]> {
  const transfer = await import('../../storage/transfer/index.ts');
  if (file.size > transfer.MAX_IMPORT_BYTES)
    return [
      t('tooLarge', {
        name: file.name,
        size: formatNumber(file.size / 1e6, { minimumFractionDigits: 1, maximumFractionDigits: 1 }),
      }),
    ];
  const parsed = transfer.parseImport(await file.text());
  if (!parsed.ok) return [t('refused', { name: file.name }), ...parsed.errors.slice(0, 5)];
  if (!(await storageReady())) return [];
  try {
    const counts = await transfer.importAll(parsed.data);
    await Promise.all([loadHighlights(), loadBookmarks()]);
    notify({ kind: 'status', text: importedText(file.name, counts) });
    return [];
  } catch (error) {
    return [t('notImported', { name: file.name, why: (error as Error).message })];
  }
}

/** Deletes the reader's highlights, notes, bookmarks and position from this device; resolves true when done. */
export async function eraseFromDevice(): Promise<boolean> {
  if (!(await storageReady())) return false;
  try {
    const { eraseReaderData } = await import('../../storage/erase.ts');
    const erased = await eraseReaderData();
    await Promise.all([loadHighlights(), loadBookmarks()]);
    notify({
      kind: 'status',
      text: t('deleted', {
        highlights: t('highlightsN', { count: erased.highlights }),
        bookmarks: t('bookmarksN', { count: erased.bookmarks }),
      }),
    });
    return true;
  } catch (error) {
    notify({ kind: 'alert', text: t('notDeleted', { why: (error as Error).message }) });
    return false;
  }
}

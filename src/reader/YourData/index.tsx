// First bundle (small): Export and Import of highlights, notes and bookmarks. The transfer code itself is
// loaded only when the reader uses one of them.
import { useEffect, useRef, useState } from 'preact/hooks';
import { articleMeta, textModel } from '../controllers/article';
import { db } from '../controllers/database';
import { loadHighlights } from '../controllers/highlights';
import { loadBookmarks } from '../controllers/reading';
import { getState, notify, useAppState } from '../store';
import './style.css';

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

async function exportAs(format: 'json' | 'markdown'): Promise<void> {
  const transfer = await import('../../storage/transfer');
  const { highlights, bookmarks } = getState();
  const meta = { ...articleMeta(), paragraphOrder: textModel().paragraphs.map((p) => p.id) };
  const day = new Date().toISOString().slice(0, 10);
  if (format === 'json') {
    download(
      `bri-reader-annotations-${day}.json`,
      'application/ld+json',
      transfer.exportAnnotations(highlights, bookmarks, meta),
    );
  } else {
    download(`bri-reader-notes-${day}.md`, 'text/markdown', transfer.exportMarkdown(highlights, bookmarks, meta));
  }
}

/** Deleting is deliberate: a second step that names what goes, offers Export first, and can be cancelled. */
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

function EraseConfirm({ onDone }: { onDone: () => void }) {
  const highlights = useAppState((s) => s.highlights.length);
  const bookmarks = useAppState((s) => s.bookmarks.length);
  const box = useRef<HTMLFieldSetElement>(null);
  useEffect(() => box.current?.focus(), []);
  const erase = async () => {
    const handle = await db();
    if (!handle) return;
    try {
      const { eraseReaderData } = await import('../../storage/erase');
      const erased = await eraseReaderData(handle);
      await Promise.all([loadHighlights(), loadBookmarks()]);
      notify({
        kind: 'status',
        text: `Deleted ${plural(erased.highlights, 'highlight')} and ${plural(erased.bookmarks, 'bookmark')} from this device.`,
      });
      onDone();
    } catch (error) {
      notify({ kind: 'alert', text: `Nothing was deleted: ${(error as Error).message}` });
    }
  };
  return (
    <fieldset class="erase-confirm" tabIndex={-1} ref={box}>
      <legend>
        Delete {plural(highlights, 'highlight')} (with their notes) and {plural(bookmarks, 'bookmark')} from this
        device? This cannot be undone. The article stays available offline.
      </legend>
      <div class="row">
        <button type="button" class="text-button" onClick={() => void exportAs('json')}>
          Export first
        </button>
        <button type="button" class="text-button danger" onClick={() => void erase()}>
          Delete everything
        </button>
        <button type="button" class="text-button" onClick={onDone}>
          Cancel
        </button>
      </div>
    </fieldset>
  );
}

/** The `Export` buttons and the `Import` file input, with a clear message when a file is refused. */
export function YourData() {
  const [problem, setProblem] = useState<string[]>([]);
  const [confirming, setConfirming] = useState(false);
  const canSave = useAppState((s) => s.storage !== 'unavailable');
  const count = useAppState((s) => s.highlights.length + s.bookmarks.length);

  const importFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    setProblem([]);
    const transfer = await import('../../storage/transfer');
    if (file.size > transfer.MAX_IMPORT_BYTES) {
      setProblem([
        `${file.name} is ${(file.size / 1e6).toFixed(1)} MB; an export of this app is far smaller. Nothing was changed.`,
      ]);
      return;
    }
    const parsed = transfer.parseImport(await file.text());
    if (!parsed.ok) {
      setProblem([`${file.name} cannot be imported, so nothing was changed:`, ...parsed.errors.slice(0, 5)]);
      return;
    }
    const handle = await db();
    if (!handle) return;
    try {
      const counts = await transfer.importAll(handle, parsed.data);
      await Promise.all([loadHighlights(), loadBookmarks()]);
      notify({
        kind: 'status',
        text: `Imported ${file.name}: ${counts.added} added, ${counts.updated} updated, ${counts.unchanged} already here.`,
      });
    } catch (error) {
      setProblem([`${file.name} could not be saved, so nothing was changed: ${(error as Error).message}`]);
    }
  };

  return (
    <div class="your-data-tools">
      <p class="muted">
        {count === 0 ? 'Nothing saved yet.' : `${count} item${count === 1 ? '' : 's'} saved on this device.`} Export
        them to keep a copy or move them to another device; the file is a W3C Web Annotation collection.
      </p>
      <div class="row">
        <button type="button" class="text-button" onClick={() => void exportAs('json')}>
          Export
        </button>
        <button type="button" class="text-button" onClick={() => void exportAs('markdown')}>
          Export as Markdown
        </button>
        <label class={`text-button file-button${canSave ? '' : ' is-disabled'}`}>
          Import
          <input
            type="file"
            accept=".json,application/json,application/ld+json"
            disabled={!canSave}
            onChange={(e) => void importFile(e.currentTarget)}
          />
        </label>
        {count > 0 && !confirming && (
          <button type="button" class="text-button" onClick={() => setConfirming(true)}>
            Delete from this device…
          </button>
        )}
      </div>
      {confirming && <EraseConfirm onDone={() => setConfirming(false)} />}
      {problem.length > 0 && (
        <div role="alert" class="import-problem">
          {problem.map((line) => (
            <p key={line}>{line}</p>
          ))}
        </div>
      )}
    </div>
  );
}

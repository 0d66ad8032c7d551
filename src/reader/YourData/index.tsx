// First bundle (small): Export and Import of highlights, notes and bookmarks. The transfer code itself is
// loaded only when the reader uses one of them.
import { useEffect, useRef, useState } from 'preact/hooks';
import { eraseFromDevice, exportAs, importFile } from '../controllers/your-data.ts';
import { useAppState } from '../store.ts';

/** Deleting is deliberate: a second step that names what goes, offers Export first, and can be cancelled. */
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

function EraseConfirm({ onDone }: { onDone: () => void }) {
  const highlights = useAppState((s) => s.highlights.length);
  const bookmarks = useAppState((s) => s.bookmarks.length);
  const box = useRef<HTMLFieldSetElement>(null);
  useEffect(() => box.current?.focus(), []);
  const erase = async () => {
    if (await eraseFromDevice()) onDone();
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

  const pickFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    setProblem([]);
    setProblem(await importFile(file));
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
            onChange={(e) => void pickFile(e.currentTarget)}
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

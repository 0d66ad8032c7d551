// First bundle (small): Export and Import of highlights, notes and bookmarks. The transfer code itself is
// loaded only when the reader uses one of them.
import { useEffect, useRef, useState } from 'preact/hooks';
import { readerText as t } from '../../i18n/text/reader.ts';
import { eraseFromDevice, exportAs, importFile } from '../controllers/your-data.ts';
import { useAppState } from '../store.ts';

/** Deleting is deliberate: a second step that names what goes, offers Export first, and can be cancelled. */
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
        {t('deleteQuestion', {
          highlights: t('highlightsN', { count: highlights }),
          bookmarks: t('bookmarksN', { count: bookmarks }),
        })}
      </legend>
      <div class="row">
        <button type="button" class="text-button" onClick={() => void exportAs('json')}>
          {t('exportFirst')}
        </button>
        <button type="button" class="text-button danger" onClick={() => void erase()}>
          {t('deleteEverything')}
        </button>
        <button type="button" class="text-button" onClick={onDone}>
          {t('cancel')}
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
        {count === 0 ? t('nothingSaved') : t('itemsSaved', { count })} {t('exportWhy')}
      </p>
      <div class="row">
        <button type="button" class="text-button" onClick={() => void exportAs('json')}>
          {t('export')}
        </button>
        <button type="button" class="text-button" onClick={() => void exportAs('markdown')}>
          {t('exportMarkdown')}
        </button>
        <label class={`text-button file-button${canSave ? '' : ' is-disabled'}`}>
          {t('import')}
          <input
            type="file"
            accept=".json,application/json,application/ld+json"
            disabled={!canSave}
            onChange={(e) => void pickFile(e.currentTarget)}
          />
        </label>
        {count > 0 && !confirming && (
          <button type="button" class="text-button" onClick={() => setConfirming(true)}>
            {t('deleteFromDevice')}
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

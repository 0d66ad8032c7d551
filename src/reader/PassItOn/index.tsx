// First bundle (small): the three `Pass it on` buttons. What each one does is a lazy chunk of src/passiton/,
// fetched when the button is pressed (the share link and QR code, the copy maker, the citation library).
import { useState } from 'preact/hooks';
import { notify, useAppState } from '../store.ts';

/** Reader-visible strings, in one place for the coming message catalogue. */
const TEXT = {
  intro: 'Take the article with you, or pass it on without a connection.',
  saveCopy: 'Save a copy',
  withHighlights: 'Include my highlights and notes in the copy',
  share: 'Share highlights',
  cite: 'Cite',
  failed: (what: string, why: string) => `${what} could not start: ${why}`,
};

type Action = 'copy' | 'share' | 'cite';

async function run(action: Action, withHighlights: boolean): Promise<void> {
  if (action === 'copy') await (await import('../../passiton/copy/index.ts')).saveCopy({ withHighlights });
  else if (action === 'share') (await import('../../passiton/ShareDialog/index.tsx')).openShare();
  else (await import('../../passiton/cite/dialog.tsx')).openCite();
}

/** `Save a copy`, `Share highlights` and `Cite`. */
export function PassItOn() {
  const [busy, setBusy] = useState<Action | null>(null);
  // Asked at the moment of saving, off by default: the copy carries the reader's notes only when they say so.
  const [withHighlights, setWithHighlights] = useState(false);
  const count = useAppState((s) => s.highlights.length);
  const press = (action: Action, label: string) => async () => {
    setBusy(action);
    try {
      await run(action, withHighlights);
    } catch (error) {
      notify({ kind: 'alert', text: TEXT.failed(label, (error as Error).message) });
    } finally {
      setBusy(null);
    }
  };
  return (
    <>
      <p class="muted">{TEXT.intro}</p>
      <div class="row">
        <button type="button" class="text-button" aria-busy={busy === 'copy'} onClick={press('copy', TEXT.saveCopy)}>
          {TEXT.saveCopy}
        </button>
        <button type="button" class="text-button" aria-busy={busy === 'share'} onClick={press('share', TEXT.share)}>
          {TEXT.share}
        </button>
        <button type="button" class="text-button" aria-busy={busy === 'cite'} onClick={press('cite', TEXT.cite)}>
          {TEXT.cite}
        </button>
      </div>
      {count > 0 && (
        <label class="copy-notes">
          <input
            type="checkbox"
            checked={withHighlights}
            onChange={(e) => setWithHighlights(e.currentTarget.checked)}
          />{' '}
          {TEXT.withHighlights}
        </label>
      )}
    </>
  );
}

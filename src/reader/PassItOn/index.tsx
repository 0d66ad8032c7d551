// First bundle (small): the three `Pass it on` buttons. What each one does is a lazy chunk of src/passiton/,
// fetched when the button is pressed (the share link and QR code, the copy maker, the citation library).
import { useState } from 'preact/hooks';
import { readerText as t } from '../../i18n/text/reader.ts';
import { notify, useAppState } from '../store.ts';

type Action = 'copy' | 'share' | 'cite';

/** Each action's button label (src/i18n/messages/<lang>/reader.ts). */
const LABEL = { copy: 'saveCopy', share: 'shareHighlights', cite: 'citeArticle' } as const;

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
  const press = (action: Action) => async () => {
    setBusy(action);
    try {
      await run(action, withHighlights);
    } catch (error) {
      notify({ kind: 'alert', text: t('couldNotStart', { what: t(LABEL[action]), why: (error as Error).message }) });
    } finally {
      setBusy(null);
    }
  };
  return (
    <>
      <p class="muted">{t('passItOnIntro')}</p>
      <div class="row">
        {(['copy', 'share', 'cite'] as const).map((action) => (
          <button key={action} type="button" class="text-button" aria-busy={busy === action} onClick={press(action)}>
            {t(LABEL[action])}
          </button>
        ))}
      </div>
      {count > 0 && (
        <label class="copy-notes">
          <input
            type="checkbox"
            checked={withHighlights}
            onChange={(e) => setWithHighlights(e.currentTarget.checked)}
          />{' '}
          {t('copyWithHighlights')}
        </label>
      )}
    </>
  );
}

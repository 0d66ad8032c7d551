// Lazy: the question a share link asks before anything changes.
import { Dialog } from '../reader/Dialog/index.tsx';
import type { Highlight } from '../shared/types.ts';
import { shareText as t } from '../i18n/text/share.ts';

const SHOWN = 5;

/** Lists the first few shared passages and asks; `Add highlights` is the only thing that writes. */
export function SharedPrompt(props: { highlights: Highlight[]; onAdd: () => void; onCancel: () => void }) {
  const { highlights } = props;
  return (
    <Dialog title={t('promptTitle')} open onClose={props.onCancel}>
      <p>
        <strong>{t('promptQuestion', { count: highlights.length })}</strong>
      </p>
      <p class="muted">{t('promptNote')}</p>
      <ul class="shared-quotes">
        {highlights.slice(0, SHOWN).map((h) => (
          <li key={h.id}>
            <q>{h.anchor.quote.exact}</q>
            {h.note && <p class="muted">{h.note}</p>}
          </li>
        ))}
      </ul>
      {highlights.length > SHOWN && <p class="muted">{t('promptMore', { count: highlights.length - SHOWN })}</p>}
      <div class="row">
        <button type="button" class="text-button primary" onClick={props.onAdd}>
          {t('promptAdd')}
        </button>
        <button type="button" class="text-button" onClick={props.onCancel}>
          {t('promptCancel')}
        </button>
      </div>
    </Dialog>
  );
}

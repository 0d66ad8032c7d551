// Lazy: the question a share link asks before anything changes.
import { Dialog } from '../reader/Dialog/index.tsx';
import type { Highlight } from '../shared/types.ts';

/** Reader-visible strings, in one place for the coming message catalogue. */
const TEXT = {
  title: 'Shared highlights',
  question: (n: number) => `Add ${n} highlight${n === 1 ? '' : 's'} from a shared link?`,
  note: 'They are added to the highlights on this device; nothing is sent anywhere.',
  add: 'Add highlights',
  cancel: 'Not now',
  more: (n: number) => `…and ${n} more.`,
};
const SHOWN = 5;

/** Lists the first few shared passages and asks; `Add highlights` is the only thing that writes. */
export function SharedPrompt(props: { highlights: Highlight[]; onAdd: () => void; onCancel: () => void }) {
  const { highlights } = props;
  return (
    <Dialog title={TEXT.title} open onClose={props.onCancel}>
      <p>
        <strong>{TEXT.question(highlights.length)}</strong>
      </p>
      <p class="muted">{TEXT.note}</p>
      <ul class="shared-quotes">
        {highlights.slice(0, SHOWN).map((h) => (
          <li key={h.id}>
            <q>{h.anchor.quote.exact}</q>
            {h.note && <p class="muted">{h.note}</p>}
          </li>
        ))}
      </ul>
      {highlights.length > SHOWN && <p class="muted">{TEXT.more(highlights.length - SHOWN)}</p>}
      <div class="row">
        <button type="button" class="text-button primary" onClick={props.onAdd}>
          {TEXT.add}
        </button>
        <button type="button" class="text-button" onClick={props.onCancel}>
          {TEXT.cancel}
        </button>
      </div>
    </Dialog>
  );
}

// First bundle: what a highlight offers once activated: note, colour, copy, link, share, remove.
import { useEffect, useRef, useState } from 'preact/hooks';
import { marksOf } from '../../annotations/marks';
import { HIGHLIGHT_COLORS } from '../../shared/types';
import { articleEl } from '../controllers/article';
import { highlightText, linkTo, setColor, remove, setNote } from '../controllers/highlights';
import { notify, setState, useAppState } from '../store';
import './style.css';

async function copy(text: string, what: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
    notify({ kind: 'status', text: `${what} copied.` }, 3000);
  } catch {
    notify({ kind: 'alert', text: `This browser did not allow copying. ${what}: ${text}` });
  }
}

/** The sheet for the active highlight. */
export function HighlightSheet() {
  const id = useAppState((s) => s.activeHighlight);
  const h = useAppState((s) => s.highlights.find((x) => x.id === s.activeHighlight));
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState('');
  const box = useRef<HTMLTextAreaElement>(null);
  const sheet = useRef<HTMLDivElement>(null);

  useEffect(() => {
    setEditing(false);
    setState({ writing: false });
  }, [id]);
  useEffect(() => {
    if (editing) box.current?.focus();
  }, [editing]);
  // The sheet sits at the bottom of the screen: keep the highlight it is about visible above it.
  useEffect(() => {
    const mark = id ? marksOf(articleEl(), id)[0] : undefined;
    const top = sheet.current?.getBoundingClientRect().top;
    if (!mark || top === undefined) return;
    const overlap = mark.getBoundingClientRect().bottom - (top - 12);
    if (overlap > 0) window.scrollBy({ top: overlap });
  }, [id, editing]);

  if (!id || !h) return null;
  const close = () => {
    setState({ activeHighlight: null, writing: false });
    marksOf(articleEl(), id)[0]?.focus();
  };
  const startEditing = () => {
    setDraft(h.note);
    setEditing(true);
  };
  const save = async () => {
    if (await setNote(h.id, draft)) {
      setEditing(false);
      setState({ writing: false });
      notify({ kind: 'status', text: 'Note saved.' }, 3000);
    }
  };
  const share = async () => {
    try {
      await navigator.share({ text: `“${highlightText(h)}”`, url: linkTo(h) });
    } catch {
      // The reader closed the share sheet: nothing to report.
    }
  };

  return (
    <div
      class="sheet"
      role="dialog"
      aria-label="Highlight"
      ref={sheet}
      onKeyDown={(e) => e.key === 'Escape' && close()}
    >
      {editing ? (
        <div class="note-editor">
          <label for="note-box">Note</label>
          <textarea
            id="note-box"
            ref={box}
            rows={4}
            value={draft}
            onInput={(e) => {
              setDraft(e.currentTarget.value);
              setState({ writing: true });
            }}
          />
          <div class="row">
            <button type="button" class="text-button primary" onClick={() => void save()}>
              Save note
            </button>
            <button
              type="button"
              class="text-button"
              onClick={() => {
                setEditing(false);
                setState({ writing: false });
              }}
            >
              Cancel
            </button>
          </div>
        </div>
      ) : (
        <>
          {h.note && <p class="sheet-note">{h.note}</p>}
          <fieldset class="swatches">
            <legend class="visually-hidden">Colour</legend>
            {HIGHLIGHT_COLORS.map((c) => (
              <button
                key={c}
                type="button"
                aria-pressed={c === h.color}
                aria-label={`${c} highlight`}
                class={`swatch hl-${c}`}
                onClick={() => void setColor(h.id, c)}
              />
            ))}
          </fieldset>
          <div class="row">
            <button type="button" class="text-button primary" onClick={startEditing}>
              {h.note ? 'Edit note' : 'Add note'}
            </button>
            <button type="button" class="text-button" onClick={() => void copy(highlightText(h), 'Text')}>
              Copy
            </button>
            <button type="button" class="text-button" onClick={() => void copy(linkTo(h), 'Link')}>
              Copy link
            </button>
            {'share' in navigator && (
              <button type="button" class="text-button" onClick={() => void share()}>
                Share
              </button>
            )}
            <button type="button" class="text-button" onClick={() => void remove(h.id)}>
              Remove highlight
            </button>
            <button type="button" class="text-button" onClick={close}>
              Done
            </button>
          </div>
        </>
      )}
    </div>
  );
}

// First bundle: what a highlight offers once activated: note, colour, copy, link, share, remove.
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { marksOf } from '../../annotations/marks.ts';
import { readerText as t } from '../../i18n/text/reader.ts';
import { HIGHLIGHT_COLORS } from '../../shared/types.ts';
import { articleEl } from '../controllers/article.ts';
import { highlightText, linkTo, remove, setColor, setNote } from '../controllers/highlights.ts';
import { useFocusRescue, useLayer } from '../Dialog/layers.ts';
import { getState, notify, setState, useAppState } from '../store.ts';
import './style.css';

/** The start of a quote, cut at a word: enough to tell highlights apart, short enough to hear. */
function quoteStart(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= 48) return flat;
  const space = flat.lastIndexOf(' ', 48);
  return `${flat.slice(0, space > 24 ? space : 48)}…`;
}

/** Where focus goes when the sheet closes (APG: back to what opened it): the highlight's mark, else the article. */
function returnFocus(id: string, to: 'mark' | 'article'): void {
  const mark = to === 'mark' ? marksOf(articleEl(), id)[0] : undefined;
  if (mark) mark.focus();
  else articleEl().focus({ preventScroll: true });
}

/** Copies the highlight's text or its link; where the clipboard refuses, shows it to copy by hand. */
async function copy(text: string, what: 'text' | 'link'): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
    notify({ kind: 'status', text: t(what === 'text' ? 'textCopied' : 'linkCopied') }, 3000);
  } catch {
    notify({ kind: 'alert', text: t(what === 'text' ? 'textNotCopied' : 'linkNotCopied', { text }) });
  }
}

/** The sheet for the active highlight. */
export function HighlightSheet() {
  const id = useAppState((s) => s.activeHighlight);
  const h = useAppState((s) => s.highlights.find((x) => x.id === s.activeHighlight));
  const selection = useAppState((s) => s.selection);
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState('');
  const box = useRef<HTMLTextAreaElement>(null);
  const sheet = useRef<HTMLDivElement>(null);
  const noteButton = useRef<HTMLButtonElement>(null);
  /** Set when Save note or Cancel closes the editor: focus goes to `Edit note`, not with the textbox to <body>. */
  const toNoteButton = useRef(false);
  /** Where focus returns if the sheet goes while holding it (Remove highlight, a new selection, another tab). */
  const returnTo = useRef<'mark' | 'article'>('mark');
  /** The selection when the sheet opened: only a newer one closes it. */
  const seenSelection = useRef(selection);
  const openId = id && h ? id : null;

  /** Closes the sheet and puts focus back on the highlight's mark. */
  const close = () => {
    if (!id) return;
    setState({ activeHighlight: null, writing: false });
    returnFocus(id, 'mark');
  };
  useLayer(openId !== null, close);

  useEffect(() => {
    setEditing(false);
    setState({ writing: false });
  }, [id]);
  // Layout effects: focus moves in the same task as the DOM change, so it is never left on <body> in between.
  useLayoutEffect(() => {
    if (!openId) return;
    // APG: focus moves into the dialog when it opens (the sheet is at the end of the page, far from the mark).
    sheet.current?.focus({ preventScroll: true });
    returnTo.current = 'mark';
    toNoteButton.current = false;
    seenSelection.current = getState().selection;
  }, [openId]);
  useFocusRescue(openId, sheet, (closed) => returnFocus(closed, returnTo.current));
  useLayoutEffect(() => {
    if (editing) box.current?.focus();
    else if (toNoteButton.current) noteButton.current?.focus();
    toNoteButton.current = false;
  }, [editing]);
  // A new selection in the article means the reader has moved on: the sheet closes, so `Highlight` is one press
  // away. Not while a note is being written (the draft would be lost): the selection bar then shows above it.
  useEffect(() => {
    if (openId && selection && selection !== seenSelection.current && !getState().writing) {
      returnTo.current = 'article';
      setState({ activeHighlight: null });
    }
    seenSelection.current = selection;
  }, [selection]);
  // The sheet sits at the bottom of the screen: keep the highlight it is about visible above it.
  useEffect(() => {
    const mark = id ? marksOf(articleEl(), id)[0] : undefined;
    const top = sheet.current?.getBoundingClientRect().top;
    if (!mark || top === undefined) return;
    const overlap = mark.getBoundingClientRect().bottom - (top - 12);
    if (overlap > 0) window.scrollBy({ top: overlap });
  }, [id, editing]);

  if (!openId || !h) return null;
  const startEditing = () => {
    setDraft(h.note);
    setEditing(true);
  };
  const save = async () => {
    if (await setNote(h.id, draft)) {
      toNoteButton.current = true;
      setEditing(false);
      setState({ writing: false });
      notify({ kind: 'status', text: t('noteSaved') }, 3000);
    }
  };
  const cite = async () => (await import('../../passiton/cite/dialog.tsx')).citeHighlight(h.id);
  const share = async () => {
    try {
      await navigator.share({ text: `“${highlightText(h)}”`, url: linkTo(h) });
    } catch {
      // The reader closed the share sheet: nothing to report.
    }
  };

  // The sheet's accessible name says which highlight it is about: the `Highlight` button has the bare word.
  const name = t('sheetName', { quote: quoteStart(highlightText(h)) });
  return (
    <div class="sheet" role="dialog" aria-label={name} tabIndex={-1} ref={sheet}>
      {editing ? (
        <div class="note-editor">
          <label for="note-box">{t('note')}</label>
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
              {t('saveNote')}
            </button>
            <button
              type="button"
              class="text-button"
              onClick={() => {
                toNoteButton.current = true;
                setEditing(false);
                setState({ writing: false });
              }}
            >
              {t('cancel')}
            </button>
          </div>
        </div>
      ) : (
        <>
          {h.note && <p class="sheet-note">{h.note}</p>}
          <fieldset class="swatches">
            <legend class="visually-hidden">{t('colour')}</legend>
            {HIGHLIGHT_COLORS.map((c) => (
              <button
                key={c}
                type="button"
                aria-pressed={c === h.color}
                aria-label={t(c)}
                class={`swatch hl-${c}`}
                onClick={() => void setColor(h.id, c)}
              />
            ))}
          </fieldset>
          <div class="row">
            <button type="button" class="text-button primary" ref={noteButton} onClick={startEditing}>
              {h.note ? t('editNote') : t('addNote')}
            </button>
            <button type="button" class="text-button" onClick={() => void copy(highlightText(h), 'text')}>
              {t('copy')}
            </button>
            <button type="button" class="text-button" onClick={() => void copy(linkTo(h), 'link')}>
              {t('copyLink')}
            </button>
            <button type="button" class="text-button" onClick={() => void cite()}>
              {t('cite')}
            </button>
            {'share' in navigator && (
              <button type="button" class="text-button" onClick={() => void share()}>
                {t('share')}
              </button>
            )}
            <button type="button" class="text-button" onClick={() => void remove(h.id)}>
              {t('removeHighlight')}
            </button>
            <button type="button" class="text-button" onClick={close}>
              {t('done')}
            </button>
          </div>
        </>
      )}
    </div>
  );
}

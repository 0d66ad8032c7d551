// First bundle: the one panel shell (a modal <dialog>): focus is trapped, Esc closes (layers.ts), focus returns after.
import { readerText as t } from '../../i18n/text/reader.ts';
import type { ComponentChildren } from 'preact';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { useLayer } from './layers.ts';
import './style.css';

interface Props {
  title: string;
  open: boolean;
  onClose: () => void;
  children: ComponentChildren;
}

/** Dialogs made so far: each heading's id is unique in the page. */
let dialogs = 0;

/** A side sheet on wide screens, a bottom sheet on phones; named by its title for screen readers. */
export function Dialog({ title, open, onClose, children }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  // Not derived from the title (a Russian or Tajik title has no ASCII word characters, so every panel would get
  // the same id), nor from useId (which counts per render root: the lazy dialogs mount in roots of their own).
  const [id] = useState(() => `dialog-${++dialogs}`);
  useLayer(open, onClose);
  // In the render's own task: a panel closed in favour of something else (Go to passage opens that highlight's
  // sheet) has handed focus back before the next thing takes it, instead of taking it back a frame later.
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    if (open && !el.open) el.showModal();
    if (!open && el.open) el.close();
  }, [open]);
  return (
    <dialog ref={ref} class="panel" aria-labelledby={id} onClose={onClose}>
      <div class="panel-head">
        <h2 id={id}>{title}</h2>
        <button type="button" class="text-button" onClick={onClose}>
          {t('close')}
        </button>
      </div>
      <div class="panel-body">{open && children}</div>
    </dialog>
  );
}

// First bundle: which sheet or panel is on top, so that Escape closes it wherever focus is (WAI-ARIA APG dialogs).
// One listener on the document, not one per component: a handler inside a sheet stops working the moment its
// focused control leaves the DOM (focus falls to <body>), which is how a sheet came to trap the reader.
import type { RefObject } from 'preact';
import { useLayoutEffect, useRef } from 'preact/hooks';

/** Open layers, in the order they opened: the last one is on top. */
const open: (() => void)[] = [];

function closeTop(e: KeyboardEvent): void {
  // A key that finished an IME composition, or that a widget (a map popup) already answered, is not ours.
  if (e.key !== 'Escape' || e.isComposing || e.defaultPrevented) return;
  const close = open[open.length - 1];
  if (!close) return;
  // Also stops a modal <dialog>'s own cancel, so one press closes exactly one layer.
  e.preventDefault();
  close();
}

/**
 * Registers a sheet or panel as the topmost layer while `isOpen`: Escape anywhere on the page then calls its
 * `close` (which also decides where focus returns).
 */
export function useLayer(isOpen: boolean, close: () => void): void {
  // The latest `close`, so callers may pass an inline function.
  const latest = useRef(close);
  latest.current = close;
  // A layout effect: registered in the same task as the render that shows the layer, so no key press slips between.
  useLayoutEffect(() => {
    if (!isOpen) return;
    const entry = () => latest.current();
    if (open.length === 0) document.addEventListener('keydown', closeTop);
    open.push(entry);
    return () => {
      open.splice(open.indexOf(entry), 1);
      if (open.length === 0) document.removeEventListener('keydown', closeTop);
    };
  }, [isOpen]);
}

/**
 * While `shown` is set, the element in `ref` may hold focus. When it goes (or `shown` changes) with focus inside it,
 * or with focus already lost to <body>, `rescue` gets the `shown` it had and puts focus somewhere sensible.
 */
export function useFocusRescue<T>(
  shown: T | null | false,
  ref: RefObject<HTMLElement | null>,
  rescue: (shown: T) => void,
): void {
  const latest = useRef(rescue);
  latest.current = rescue;
  // A layout effect: the cleanup runs in the task that removed the element, before any key press can land.
  useLayoutEffect(() => {
    const el = ref.current;
    if (!shown || !el) return;
    return () => {
      const now = document.activeElement;
      if (!now || now === document.body || el.contains(now)) latest.current(shown);
    };
  }, [shown]);
}

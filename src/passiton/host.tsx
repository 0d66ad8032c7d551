// Lazy: the one place where the Pass-it-on chunks put their dialogs on the page (a host element of their own,
// so they never re-render the reader's overlay islands).
import { type ComponentChild, render } from 'preact';

let host: HTMLElement | undefined;

/** Shows `node` (a dialog) in the Pass-it-on host, replacing whatever it showed; `close()` takes it away. */
export function show(make: (close: () => void) => ComponentChild): void {
  if (!host) {
    host = document.createElement('div');
    host.id = 'pass-it-on-overlay';
    document.body.append(host);
  }
  const el = host;
  const close = () => render(null, el);
  // Unmount first: a fresh dialog every time (its effects call showModal on mount).
  render(null, el);
  render(make(close), el);
}

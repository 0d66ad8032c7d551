/**
 * The little a flow needs from a browser, so each flow is written once and runs in WebKit (W3C WebDriver,
 * webkit.ts) and Firefox (WebDriver BiDi through puppeteer-core, firefox.ts). Clicks, typing and drags are the
 * engine's own input events, never `element.click()` in the page: selection and focus differ between engines.
 */

export type EngineName = 'webkit' | 'firefox';

/** What to act on: the first visible element matching `css` whose accessible name matches `name`. */
export interface Target {
  css: string;
  /** A string matches the whole name exactly; a RegExp anywhere in it. */
  name?: string | RegExp;
}

export interface Point {
  x: number;
  y: number;
}

/** One tab of one profile. */
export interface EnginePage {
  readonly engine: EngineName;
  goto(url: string): Promise<void>;
  reload(): Promise<void>;
  /** Runs `fn(arg)` in the page (it must be self-contained) and returns its JSON-serialisable result. */
  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<Awaited<R>>;
  /** Waits (up to 15 s) for the target to exist and be visible, then clicks its centre with the engine's input. */
  click(target: Target): Promise<void>;
  /** Clicks the target, then types `text` into it with key events. */
  type(target: Target, text: string): Promise<void>;
  /** Gives the file input matching `css` (visible or not) the file at `path`, as a reader's file chooser does. */
  upload(css: string, path: string): Promise<void>;
  /** Presses the primary button at `from`, moves to `to` and releases: how a reader selects text with a mouse. */
  drag(from: Point, to: Point): Promise<void>;
  /** A PNG of the viewport, attached to a failed test's report. */
  screenshot(): Promise<Buffer>;
  /** Errors thrown in the page and not caught, where the engine's protocol reports them (Firefox), else []. */
  pageErrors(): string[];
}

/** One running browser. `page` gives the tab a test uses; `freshProfile` one more, with no stored data. */
export interface Engine {
  readonly name: EngineName;
  readonly version: string;
  /** The test's tab; each test uses its own origin, so no test sees another's storage or service worker. */
  page(): Promise<{ page: EnginePage; close(): Promise<void> }>;
  /** A tab in a profile of its own (empty storage), optionally with another user agent; close it when done. */
  freshProfile(options?: { userAgent?: string }): Promise<{ page: EnginePage; close(): Promise<void> }>;
  close(): Promise<void>;
}

export interface PickArgs {
  css: string;
  source?: string;
  flags?: string;
  exact?: string;
}

export const pickArgs = ({ css, name }: Target): PickArgs =>
  name instanceof RegExp ? { css, source: name.source, flags: name.flags } : { css, exact: name };

/**
 * Runs in the page: the first visible element matching the CSS selector whose accessible name (aria-label,
 * its label's text, or its own text, white space squashed) matches. A rough accessible name is enough here:
 * the Chromium tests check the real one with getByRole.
 */
export function pickInPage({ css, source, flags, exact }: PickArgs): Element | null {
  const squash = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
  const nameOf = (el: Element) => {
    const label = el.getAttribute('aria-label');
    if (label) return squash(label);
    const labelledBy = el.getAttribute('aria-labelledby');
    if (labelledBy) return squash(document.getElementById(labelledBy)?.textContent);
    const id = el.getAttribute('id');
    const forLabel = id ? document.querySelector(`label[for="${CSS.escape(id)}"]`) : null;
    if (forLabel) return squash(forLabel.textContent);
    return squash(el.textContent);
  };
  const re = source === undefined ? null : new RegExp(source, flags);
  for (const el of Array.from(document.querySelectorAll(css))) {
    const box = el.getBoundingClientRect();
    const style = getComputedStyle(el);
    if (box.width === 0 || box.height === 0 || style.visibility === 'hidden') continue;
    const name = nameOf(el);
    if (re ? re.test(name) : exact === undefined || name === exact) return el;
  }
  return null;
}

/** Polls `check` until it returns a truthy value or `timeout` ms pass; the last error (or `what`) is thrown. */
export async function until<T>(check: () => Promise<T | null | undefined | false>, what: string, timeout = 15_000) {
  const deadline = Date.now() + timeout;
  let last: unknown;
  for (let delay = 50; ; delay = Math.min(delay * 2, 500)) {
    try {
      const value = await check();
      if (value) return value;
    } catch (error) {
      last = error;
    }
    if (Date.now() > deadline)
      throw new Error(`Timed out after ${timeout} ms waiting for ${what}: ${String(last ?? '')}`);
    await new Promise((resolve) => setTimeout(resolve, delay));
  }
}

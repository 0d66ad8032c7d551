// First bundle: the choice of photo variants to keep offline — the ones this device shows, picked by the browser.
//
// The build emits each photo in 4 widths × 3 formats; storing them all would cost every reader ~200 KB of
// pictures they never see. The browser's own pick for this viewport, pixel ratio and format support is the one
// to keep, and only the browser knows it: `currentSrc`, once a `<picture>` has loaded.

/** The article's photos: each `<picture>` in the main content that has an image. */
const PICTURES = 'main picture';
/** A link that stalls without failing must not hold the status forever. */
const PICK_TIMEOUT_MS = 30_000;

function pictures(root: ParentNode): HTMLPictureElement[] {
  return [...root.querySelectorAll<HTMLPictureElement>(PICTURES)].filter((p) => p.querySelector('img[src]'));
}

/** How many photos the article shows (counted into "Saving for offline… N of M" from the start). */
export function photoCount(root: ParentNode = document): number {
  return pictures(root).length;
}

/** The URL of the variant this device shows, for each of the article's photos, in page order. */
export function shownPhotos(root: ParentNode = document, timeoutMs = PICK_TIMEOUT_MS): Promise<string[]> {
  return Promise.all(pictures(root).map((picture) => shownVariant(picture, timeoutMs)));
}

/**
 * The browser's pick for one `<picture>`, made now rather than when the reader scrolls to it: a detached copy
 * (its `<source>`s and an eager `<img>` with the same `srcset`/`sizes`) makes the same pick the page makes, and
 * `currentSrc` names it once it loads. Without a pick (the image failed before one was made, or stalled) the
 * plain `src` stands in: a URL then checked like any other, so a failure shows as missing rather than as a
 * false "Available offline".
 */
function shownVariant(picture: HTMLPictureElement, timeoutMs = PICK_TIMEOUT_MS): Promise<string> {
  const doc = picture.ownerDocument;
  const original = picture.querySelector('img');
  const copy = doc.createElement('picture');
  for (const source of picture.querySelectorAll('source')) copy.append(source.cloneNode());
  const img = doc.createElement('img');
  img.loading = 'eager';
  img.decoding = 'async';
  copy.append(img);
  for (const name of ['sizes', 'srcset', 'src']) {
    const value = original?.getAttribute(name);
    if (value != null) img.setAttribute(name, value);
  }
  return new Promise((resolve) => {
    const done = () => resolve(img.currentSrc || original?.src || '');
    img.addEventListener('load', done, { once: true });
    img.addEventListener('error', done, { once: true });
    setTimeout(done, timeoutMs);
  });
}

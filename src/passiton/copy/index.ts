// Lazy: what `Save a copy` does: make the one-file edition and hand it to the share sheet or the downloads.
import { getState, notify } from '../../reader/store.ts';
import { shareOrDownload } from '../deliver.ts';
import { makeCopy } from './make-copy.ts';

/** Reader-visible strings, in one place for the coming message catalogue. */
const TEXT = {
  title: 'China’s Belt and Road Initiative in Central Asia',
  downloaded: (name: string) => `Saved ${name}. It opens in any browser, with no connection and no app.`,
  shared: 'Copy shared.',
  failed: (why: string) => `The copy could not be made: ${why}`,
};

/** Makes the copy (with the reader's highlights and notes only if asked) and offers or downloads it. */
export async function saveCopy(options: { withHighlights: boolean }): Promise<void> {
  try {
    // User Timing marks: what `npm run bench` reads as the time to make the copy.
    performance.mark('bri:copy-start');
    const copy = await makeCopy(document, {
      withHighlights: options.withHighlights,
      highlights: getState().highlights,
      origin: `${location.origin}${location.pathname}`,
    });
    const file = new File([copy.html], copy.name, { type: 'text/html' });
    performance.measure('bri:copy-made', 'bri:copy-start');
    const how = await shareOrDownload(file, TEXT.title);
    if (how === 'downloaded') notify({ kind: 'status', text: TEXT.downloaded(copy.name) });
    else if (how === 'shared') notify({ kind: 'status', text: TEXT.shared }, 3000);
  } catch (error) {
    notify({ kind: 'alert', text: TEXT.failed((error as Error).message) });
  }
}

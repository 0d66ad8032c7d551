// Lazy: what `Save a copy` does: make the one-file edition and hand it to the share sheet or the downloads.
import { getState, notify } from '../../reader/store.ts';
import { copyText as t } from '../../i18n/text/copy.ts';
import { shareOrDownload } from '../deliver.ts';
import { makeCopy } from './make-copy.ts';

/** The share sheet's title: the article's own (English) title, short, whatever the interface language. */
const SHARE_TITLE = 'China’s Belt and Road Initiative in Central Asia';

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
    const how = await shareOrDownload(file, SHARE_TITLE);
    if (how === 'downloaded') notify({ kind: 'status', text: t('downloaded', { name: copy.name }) });
    else if (how === 'shared') notify({ kind: 'status', text: t('shared') }, 3000);
  } catch (error) {
    notify({ kind: 'alert', text: t('failed', { reason: (error as Error).message }) });
  }
}

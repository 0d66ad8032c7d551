// Lazy: the `Share highlights` dialog: a link whose fragment holds the highlights, and the same link as a QR
// code, both made on the device (nothing is sent anywhere; a fragment never reaches a server).
import { useMemo, useState } from 'preact/hooks';
import { contentVersion, textModel } from '../../reader/controllers/article.ts';
import { Dialog } from '../../reader/Dialog/index.tsx';
import { getState, notify } from '../../reader/store.ts';
// Static, not import(): from a lazy chunk, Vite would preload the entry's stylesheet with it, a file the build
// inlines and deletes (src/build/vite-plugin.ts); the 404 fires vite:preloadError and the page reloads.
import { exportAnnotations } from '../../storage/transfer/index.ts';
import { download } from '../deliver.ts';
import { show } from '../host.tsx';
import { qrDataUrl, qrFor } from '../qr.ts';
import { encodeShare, type SharedHighlight, shareUrl } from '../share-link.ts';
import { shareText as t } from '../../i18n/text/share.ts';
import './style.css';

function shareable(): { list: SharedHighlight[]; unplaced: number } {
  const { highlights, placement } = getState();
  const list: SharedHighlight[] = [];
  for (const h of highlights) {
    const at = placement[h.id];
    if (at) list.push({ start: at.start, end: at.end, color: h.color, note: h.note });
  }
  return { list, unplaced: highlights.length - list.length };
}

function exportFile(): void {
  const { highlights, bookmarks } = getState();
  const meta = {
    title: document.querySelector('#article h1')?.textContent?.trim() ?? document.title,
    author: document.querySelector('#article .byline .author')?.textContent?.trim() ?? '',
    source: `${location.origin}${location.pathname}`,
  };
  const day = new Date().toISOString().slice(0, 10);
  download(
    new File([exportAnnotations(highlights, bookmarks, meta)], `bri-reader-annotations-${day}.json`, {
      type: 'application/ld+json',
    }),
  );
}

function ShareDialog({ onClose }: { onClose: () => void }) {
  const [withNotes, setWithNotes] = useState(false);
  const { list, unplaced } = useMemo(shareable, []);
  const link = useMemo(
    () =>
      list.length
        ? shareUrl(location.href, encodeShare(textModel(), contentVersion(), list, { withNotes, sharedAt: new Date() }))
        : '',
    [list, withNotes],
  );
  const qr = useMemo(() => {
    const code = link ? qrFor(link) : null;
    return code ? qrDataUrl(code) : null;
  }, [link]);

  const copy = async (input: HTMLInputElement | null) => {
    try {
      await navigator.clipboard.writeText(link);
      notify({ kind: 'status', text: t('copied') }, 3000);
    } catch {
      input?.select();
      notify({ kind: 'alert', text: t('noCopy') });
    }
  };

  return (
    <Dialog title={t('title')} open onClose={onClose}>
      {list.length === 0 ? (
        <p>{t('none')}</p>
      ) : (
        <div class="share">
          {unplaced > 0 && <p class="muted">{t('unplaced', { count: unplaced })}</p>}
          <label class="share-notes">
            <input type="checkbox" checked={withNotes} onChange={(e) => setWithNotes(e.currentTarget.checked)} />{' '}
            {t('includeNotes')}
          </label>
          <label for="share-link">{t('link')}</label>
          <div class="row">
            <input
              id="share-link"
              class="share-link"
              type="text"
              readOnly
              value={link}
              onFocus={(e) => e.currentTarget.select()}
            />
            <button
              type="button"
              class="text-button primary"
              onClick={(e) => void copy(e.currentTarget.parentElement?.querySelector('input') ?? null)}
            >
              {t('copyLink')}
            </button>
          </div>
          {qr ? (
            <figure class="share-qr">
              <img src={qr} alt={t('qrCode')} width={256} height={256} />
              <figcaption class="muted">{t('scan')}</figcaption>
            </figure>
          ) : (
            <div class="share-too-big">
              <p>{t('tooBig', { count: list.length })}</p>
              <button type="button" class="text-button" onClick={exportFile}>
                {t('exportInstead')}
              </button>
            </div>
          )}
          <p class="muted">{t('privacy')}</p>
        </div>
      )}
    </Dialog>
  );
}

/** Opens the `Share highlights` dialog. */
export function openShare(): void {
  show((close) => <ShareDialog onClose={close} />);
}

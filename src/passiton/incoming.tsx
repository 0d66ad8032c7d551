// Lazy: reads a share link (`#hl=…`) that opened the app, asks the reader, and merges what they accept.
// The merge is Import's own (`importAll`): this is the ONE place the Pass-it-on code calls it.
import { contentVersion, textModel } from '../reader/controllers/article.ts';
import { attempt } from '../reader/controllers/database.ts';
import { loadHighlights } from '../reader/controllers/highlights.ts';
import { getState, notify } from '../reader/store.ts';
import type { Highlight } from '../shared/types.ts';
import { importAll } from '../storage/transfer/index.ts';
import { show } from './host.tsx';
import { SharedPrompt } from './SharedPrompt.tsx';
import { decodeShare, payloadOf } from './share-link.ts';
import { shareText as t } from '../i18n/text/share.ts';

/** Drops the `#hl=…` fragment from the address bar, so a reload or a bookmark does not offer it again. */
function forget(): void {
  history.replaceState(history.state, '', `${location.pathname}${location.search}`);
}

/** The shared highlights this device does not have yet (or has in an older edit), by id and by passage. */
function notYetHere(shared: readonly Highlight[]): Highlight[] {
  const { highlights, placement } = getState();
  const byId = new Map(highlights.map((h) => [h.id, h]));
  const passages = new Set(
    highlights.flatMap((h) => {
      const at = placement[h.id];
      return at ? [`${at.start}:${at.end}`] : [];
    }),
  );
  return shared.filter((h) => {
    const mine = byId.get(h.id);
    if (mine) return Date.parse(h.modified) > Date.parse(mine.modified);
    // The sharer's own device holds the same passage under its original id: nothing to add.
    return !passages.has(`${h.anchor.position.start}:${h.anchor.position.end}`);
  });
}

async function add(highlights: Highlight[]): Promise<void> {
  // `attempt` tells the reader why, when the database cannot open or the write fails; nothing is half-written.
  const result = await attempt(() => importAll({ highlights, bookmarks: [], tombstones: [] }));
  if (!result.ok) return;
  const counts = result.value;
  await loadHighlights();
  forget();
  notify({
    kind: 'status',
    text:
      counts.added + counts.updated === 0
        ? t('nothingAdded')
        : counts.updated
          ? t('addedAndUpdated', { count: counts.added, updated: counts.updated })
          : t('added', { count: counts.added }),
  });
}

/**
 * Offers the highlights a share link carries. A link that cannot be read gets an alert and changes nothing;
 * otherwise the reader is asked first, and only `Add highlights` writes.
 */
export function offerSharedLink(hash: string): void {
  const payload = payloadOf(hash);
  if (payload === null) return;
  const result = decodeShare(textModel(), contentVersion(), payload);
  if (!result.ok) {
    forget();
    notify({ kind: 'alert', text: t('unreadable', { reason: result.reason }) });
    return;
  }
  const fresh = notYetHere(result.highlights);
  if (fresh.length === 0) {
    forget();
    notify({ kind: 'status', text: t('alreadyHere', { count: result.highlights.length }) });
    return;
  }
  show((close) => (
    <SharedPrompt
      highlights={fresh}
      onAdd={() => {
        close();
        void add(fresh);
      }}
      onCancel={() => {
        close();
        forget();
      }}
    />
  ));
}

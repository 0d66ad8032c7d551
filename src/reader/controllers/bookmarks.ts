// First bundle: the Bookmark toggle and the Bookmarks list. A paragraph is the unit: the toggle marks the place
// being read, at the character where its top line starts (see reading.ts).
import * as store from '../../storage/bookmarks.ts';
import { readerText as t } from '../../i18n/text/reader.ts';
import type { Bookmark } from '../../shared/types.ts';
import { notify, setState } from '../store.ts';
import { textModel } from './article.ts';
import { attempt, load } from './database.ts';
import { placeInView } from './reading.ts';

/** Loads the bookmark list, in reading order. */
export async function loadBookmarks(): Promise<void> {
  const listed = await load(t('savedBookmarks'), store.listBookmarks);
  if (!listed) return;
  const { items } = listed;
  const order = textModel().paragraphs.map((p) => p.id);
  setState({
    bookmarks: items.sort((a, b) => order.indexOf(a.paragraphId) - order.indexOf(b.paragraphId) || a.offset - b.offset),
  });
}

/** Toggles a bookmark on the paragraph being read. */
export async function toggleBookmark(): Promise<void> {
  const place = placeInView() ?? { paragraphId: textModel().paragraphs[0]?.id ?? '', offset: 0 };
  if (!place.paragraphId) return;
  const text = textModel().paragraphs.find((p) => p.id === place.paragraphId)?.text ?? '';
  const excerpt = text.slice(place.offset, place.offset + 80).trim();
  const label = excerpt.length < 80 ? excerpt : `${excerpt}…`;
  const toggled = await attempt(() => store.toggleBookmarkAt({ ...place, label }));
  if (!toggled.ok) return;
  setState({ currentParagraph: place.paragraphId });
  await loadBookmarks();
  notify({ kind: 'status', text: toggled.value ? t('bookmarked') : t('bookmarkRemoved') }, 3000);
}

/** Removes a bookmark from the list, with undo. */
export async function remove(id: string): Promise<void> {
  const removed = await attempt(() => store.removeBookmark(id));
  if (!removed.ok) return;
  await loadBookmarks();
  const bookmark = removed.value;
  if (bookmark) {
    notify(
      { kind: 'status', text: t('bookmarkRemoved'), action: { label: t('undo'), run: () => void restore(bookmark) } },
      10_000,
    );
  }
}

async function restore(bookmark: Bookmark): Promise<void> {
  if (!(await attempt(() => store.restoreBookmark(bookmark))).ok) return;
  await loadBookmarks();
  setState({ notice: null });
}

// First bundle (tiny): notices a share link (`#hl=…`) when the app opens or the fragment changes. Reading and
// merging the link is a lazy chunk (src/passiton/incoming.ts), fetched only when there is one.

/** The fragment prefix of a share link; src/passiton/share-link.ts writes it (SHARE_FRAGMENT). */
const SHARE_FRAGMENT = '#hl=';

function check(): void {
  if (!location.hash.startsWith(SHARE_FRAGMENT)) return;
  void import('../../passiton/incoming.tsx').then(({ offerSharedLink }) => offerSharedLink(location.hash));
}

/** Offers the highlights of a share link now (call after the saved highlights are drawn) and on each new one. */
export function watchSharedLinks(): void {
  check();
  window.addEventListener('hashchange', check);
}

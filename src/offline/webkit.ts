// First bundle (a few bytes): where WebKit's storage rules apply, so StorageDetails can say what they mean.
//
// Checked against WebKit's own documentation:
// - "Full Third-Party Cookie Blocking and More", https://webkit.org/blog/10218/full-third-party-cookie-blocking-and-more/
//   (Safari 13.1, iOS 13.4): Intelligent Tracking Prevention deletes "all of a website's script-writable storage
//   after seven days of Safari use without user interaction on the site": IndexedDB, LocalStorage and Service
//   Worker registrations (with their caches). Web apps added to the Home Screen are not part of Safari and keep
//   their own count of days of use, so a reader who opens the installed app does not lose its data this way.
// - The same post: every browser on iOS and iPadOS is built on WebKit, so the rule is not Safari's alone there.
// - "Updates to Storage Policy", https://webkit.org/blog/14403/updates-to-storage-policy/ (Safari 17): quotas and
//   eviction under storage pressure, from which `navigator.storage.persist()` exempts an origin. That is a
//   separate rule: nothing there says persist() stops the seven-day deletion, so the note below is shown either way.

/** True in iOS and iPadOS browsers (all WebKit), and in Safari or another WebKit browser on a desktop. */
export function isWebKitBrowser(ua = navigator.userAgent, touchPoints = navigator.maxTouchPoints): boolean {
  // iPadOS asks for desktop pages with a Mac user agent; only its touch screen tells it apart.
  if (/iPad|iPhone|iPod/.test(ua) || (touchPoints > 1 && /Macintosh/.test(ua))) return true;
  // Chromium's user agent also says "AppleWebKit … Safari" for compatibility; its own token gives it away.
  return /AppleWebKit\//.test(ua) && /Safari\//.test(ua) && !/Chrome\/|Chromium\/|Edg\/|OPR\//.test(ua);
}

// First bundle: the browser's install offer (Chromium's beforeinstallprompt) and whether we run installed.
import { setOffline } from './state.ts';

interface BeforeInstallPromptEvent extends Event {
  prompt(): Promise<void>;
  userChoice: Promise<{ outcome: 'accepted' | 'dismissed' }>;
}

let deferred: BeforeInstallPromptEvent | undefined;

/** True when opened as the installed app (or iOS home-screen app). */
function runsInstalled(): boolean {
  return (
    matchMedia('(display-mode: standalone)').matches ||
    (navigator as Navigator & { standalone?: boolean }).standalone === true
  );
}

/** iOS and iPadOS Safari have no install prompt: the reader uses Share → Add to Home Screen. */
export function isIosSafari(): boolean {
  const ua = navigator.userAgent;
  const ios = /iPad|iPhone|iPod/.test(ua) || (navigator.maxTouchPoints > 1 && /Macintosh/.test(ua));
  return ios && /Safari/.test(ua) && !/CriOS|FxiOS|EdgiOS/.test(ua);
}

/** Keeps the browser's install offer for our Install button, and notices when the app gets installed. */
export function watchInstall(): void {
  setOffline({ installed: runsInstalled() });
  addEventListener('beforeinstallprompt', (event) => {
    // Our own button asks instead of the browser's mini-infobar, at a moment the reader chooses.
    event.preventDefault();
    deferred = event as BeforeInstallPromptEvent;
    setOffline({ canInstall: true });
  });
  addEventListener('appinstalled', () => {
    deferred = undefined;
    setOffline({ installed: true, canInstall: false });
  });
}

/** Shows the browser's install dialog; resolves true if the reader accepted. */
export async function promptInstall(): Promise<boolean> {
  const event = deferred;
  if (!event) return false;
  deferred = undefined;
  setOffline({ canInstall: false });
  await event.prompt();
  return (await event.userChoice).outcome === 'accepted';
}

// Lazy: hands a file to the reader: the system share sheet where the device can share files, else a download.

/** Saves `file` through the browser's downloads. */
export function download(file: File): void {
  const url = URL.createObjectURL(file);
  const a = document.createElement('a');
  a.href = url;
  a.download = file.name;
  // Inside the open modal dialog, if any, next to the button pressed: the rest of the page is inert meanwhile.
  (document.querySelector('dialog[open]') ?? document.body).append(a);
  a.click();
  a.remove();
  // Revoked later, not at once: some browsers start reading the blob only after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

/** Whether this device offers its share sheet for files (Android, iOS, some desktops). */
function canShareFile(file: File): boolean {
  return typeof navigator.canShare === 'function' && navigator.canShare({ files: [file] });
}

/**
 * Offers the file in the share sheet (Telegram, Bluetooth, Files…); where that is not possible, downloads it.
 * Resolves to how it went: `cancelled` when the reader closed the sheet (nothing to report).
 */
export async function shareOrDownload(file: File, title: string): Promise<'shared' | 'downloaded' | 'cancelled'> {
  if (canShareFile(file)) {
    try {
      await navigator.share({ files: [file], title });
      return 'shared';
    } catch (error) {
      if ((error as DOMException).name === 'AbortError') return 'cancelled';
      // NotAllowedError (no user activation left after a slow build) and the like: fall back to a download.
    }
  }
  download(file);
  return 'downloaded';
}

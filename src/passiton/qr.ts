// Lazy: loaded with the `Share highlights` dialog. lean-qr draws the code offline (about 4 KB brotli).
import { type Bitmap2D, correction, generate } from 'lean-qr';

/**
 * The largest QR code we draw. Version 25 (117 × 117 modules) is what a phone camera still reads off another
 * phone's screen at arm's length; 100 highlights without notes need version 18 (89 modules; see the unit test).
 */
export const MAX_QR_VERSION = 25;

/** The QR code for a link (error correction L: the code is read from a screen, not a worn sticker), or null if it does not fit. */
export function qrFor(link: string): Bitmap2D | null {
  try {
    // mode.auto (the default) puts the lower-case address in byte mode and the upper-case payload in
    // alphanumeric mode, the smallest code for this shape of link.
    return generate(link, { minCorrectionLevel: correction.L, maxVersion: MAX_QR_VERSION });
  } catch {
    return null;
  }
}

/** The QR code as a PNG `data:` URL, for an `img` (the page's CSP allows images from `data:`). */
export function qrDataUrl(code: Bitmap2D): string {
  // 4 modules of quiet zone, as the standard asks; 4 px a module keeps the PNG small and sharp when scaled.
  // Opaque white, not lean-qr's default transparent: a dark theme (or a saved image) would hide the code.
  return code.toDataURL({ type: 'image/png', scale: 4, pad: 4, on: [0, 0, 0, 255], off: [255, 255, 255, 255] });
}

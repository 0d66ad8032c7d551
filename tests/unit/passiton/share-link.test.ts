// Guards against: a share link that does not round-trip, one that grows past a phone-readable QR code, a QR
// code that encodes something other than the link, and a damaged or hostile link that throws or half-imports.
import fc from 'fast-check';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import type { TextModel } from '../../../src/annotations/text-model.ts';
import { MAX_QR_VERSION, qrFor } from '../../../src/passiton/qr.ts';
import {
  decodeShare,
  encodeShare,
  hash16,
  payloadOf,
  type SharedHighlight,
  sharedId,
  shareUrl,
} from '../../../src/passiton/share-link.ts';
import { HIGHLIGHT_COLORS } from '../../../src/shared/types.ts';
import { find, original, replaceIn, revised } from '../annotations/helpers.ts';

const VERSION = 'c0ffee123456';
const AT = new Date('2026-11-30T12:00:00Z');
const PAGE = 'https://bri-reader.example.org/?utm=x#p-3';

/** `n` non-overlapping highlights spread over the whole article, each 10–40 characters, colours cycling. */
function spread(model: TextModel, n: number): SharedHighlight[] {
  const out: SharedHighlight[] = [];
  const step = Math.floor(model.text.length / n);
  for (let i = 0; i < n; i++) {
    let start = i * step;
    while (/\s/.test(model.text[start] ?? '')) start++;
    const end = Math.min(start + 10 + (i % 31), (i + 1) * step - 1);
    out.push({ start, end, color: HIGHLIGHT_COLORS[i % 4] ?? 'yellow', note: '' });
  }
  return out;
}

/** Renders a lean-qr bitmap as a PNG, then reads it back with jsQR, as a phone's camera app would. */
function readQr(link: string): string | null {
  const code = qrFor(link);
  if (!code) return null;
  const scale = 4;
  const pad = 4;
  const side = (code.size + 2 * pad) * scale;
  const png = new PNG({ width: side, height: side });
  for (let y = 0; y < side; y++) {
    for (let x = 0; x < side; x++) {
      const on = code.get(Math.floor(x / scale) - pad, Math.floor(y / scale) - pad);
      const i = (y * side + x) * 4;
      png.data.fill(on ? 0 : 255, i, i + 3);
      png.data[i + 3] = 255;
    }
  }
  const decoded = PNG.sync.read(PNG.sync.write(png));
  return jsQR(new Uint8ClampedArray(decoded.data), side, side)?.data ?? null;
}

describe('share link', () => {
  it('round-trips highlights: same passages, colours, notes (when asked) and stable ids', () => {
    const model = original();
    const a = find(model, 'Belt and Road');
    const b = find(model, 'Central Asia', 2);
    const shared: SharedHighlight[] = [
      { ...a, color: 'pink', note: 'Привет, <b>note</b> ✓' },
      { ...b, color: 'green', note: '' },
    ];
    const payload = encodeShare(model, VERSION, shared, { withNotes: true, sharedAt: AT });
    const result = decodeShare(model, VERSION, payload);
    if (!result.ok) throw new Error(result.reason);
    const got = result.highlights.sort((x, y) => x.anchor.position.start - y.anchor.position.start);
    expect(got.map((h) => [h.anchor.position.start, h.anchor.position.end, h.color, h.note])).toEqual(
      [...shared].sort((x, y) => x.start - y.start).map((h) => [h.start, h.end, h.color, h.note]),
    );
    expect(got.every((h) => h.created === AT.toISOString() && h.modified === h.created)).toBe(true);
    expect(got[0]?.id).toBe(sharedId(VERSION, got[0]?.anchor.position.start ?? -1, got[0]?.anchor.position.end ?? -1));
    expect(got[0]?.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    // Opening the same link again yields the same ids: the merge adds nothing the second time.
    const again = decodeShare(model, VERSION, payload);
    expect(again.ok && again.highlights.map((h) => h.id).sort()).toEqual(got.map((h) => h.id).sort());
  });

  it('leaves notes out unless asked to include them', () => {
    const model = original();
    const shared = [{ ...find(model, 'Belt and Road'), color: 'yellow' as const, note: 'private thought' }];
    const result = decodeShare(model, VERSION, encodeShare(model, VERSION, shared, { withNotes: false, sharedAt: AT }));
    expect(result.ok && result.highlights[0]?.note).toBe('');
  });

  it('fits 100 highlights without notes in one QR code that decodes back to the same link', () => {
    const model = original();
    const payload = encodeShare(model, VERSION, spread(model, 100), { withNotes: false, sharedAt: AT });
    const link = shareUrl(PAGE, payload);
    expect(link.startsWith('https://bri-reader.example.org/#hl=')).toBe(true);
    const code = qrFor(link);
    expect(code, `a ${link.length}-character link must fit a version ≤ ${MAX_QR_VERSION} code`).not.toBeNull();
    expect(readQr(link)).toBe(link);
    const back = decodeShare(model, VERSION, payloadOf(new URL(link).hash) ?? '');
    expect(back.ok && back.highlights.length).toBe(100);
  });

  it('says when the highlights do not fit a QR code (the dialog then offers the file export)', () => {
    const model = original();
    const noted = spread(model, 150).map((h) => ({ ...h, note: 'a note long enough to overflow the code '.repeat(3) }));
    const link = shareUrl(PAGE, encodeShare(model, VERSION, noted, { withNotes: true, sharedAt: AT }));
    expect(qrFor(link)).toBeNull();
  });

  it('refuses a link made for another version of the text whose passages moved', () => {
    const model = original();
    // The first "Central Asia" comes after "Belt and Road" in the same paragraph, so the edit moves it.
    const payload = encodeShare(model, VERSION, [{ ...find(model, 'Central Asia'), color: 'blue', note: '' }], {
      withNotes: false,
      sharedAt: AT,
    });
    const moved = revised((ps) => replaceIn(ps, 'p-1', 'Belt and Road', 'B&R'));
    const result = decodeShare(moved, 'other-version', payload);
    expect(result).toEqual({ ok: false, reason: expect.stringContaining('another version') });
    expect(hash16('other-version')).not.toBe(hash16(VERSION));
  });

  it('never throws and never returns part of a link, for 1,000 random and truncated fragments', () => {
    const model = original();
    const good = encodeShare(model, VERSION, spread(model, 40), { withNotes: true, sharedAt: AT });
    const alphabet = fc.constantFrom(...'0123456789ABCDEFGHIJKLMNOPQRSTUVabcuvwxyz#=%-_ é'.split(''));
    const fragments = fc.oneof(
      fc.string({ unit: alphabet, maxLength: 400 }),
      fc.string({ maxLength: 200 }),
      fc.nat({ max: good.length - 1 }).map((n) => good.slice(0, n)),
      fc
        .tuple(fc.nat({ max: good.length - 1 }), fc.constantFrom(...'0123456789ABCDEFGHIJKLMNOPQRSTUV'.split('')))
        .map(([i, ch]) => `${good.slice(0, i)}${ch}${good.slice(i + 1)}`),
    );
    fc.assert(
      fc.property(fragments, (fragment) => {
        const result = decodeShare(model, VERSION, fragment);
        if (result.ok) {
          // Only a whole, valid link decodes, with every one of its highlights (a flipped character can
          // happen to land on an equivalent link; then it must still be complete and inside the text).
          expect(result.highlights.length).toBeGreaterThan(0);
          for (const h of result.highlights) {
            expect(h.anchor.position.end).toBeLessThanOrEqual(model.text.length);
            expect(h.anchor.quote.exact).toBe(model.text.slice(h.anchor.position.start, h.anchor.position.end));
          }
        } else {
          expect(result.reason.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 1000, seed: 12 },
    );
    // Every strict prefix of a real link is refused as a whole.
    for (let n = 0; n < good.length; n++) expect(decodeShare(model, VERSION, good.slice(0, n)).ok).toBe(false);
  });
});

// Lazy: loaded when the reader presses `Share highlights` or opens a shared link. Pure functions, no DOM.
// The format is documented in ./README.md ("The share link"); change both together.
import { describe as describeAnchor } from '../annotations/anchoring.ts';
import { paragraphIndexAt, type TextModel } from '../annotations/text-model.ts';
import { HIGHLIGHT_COLORS, type Highlight, type HighlightColor } from '../shared/types.ts';
import { shareText } from '../i18n/text/share.ts';

/** The fragment of a share link starts with this (`#hl=…`); the first bundle only looks for it. */
const SHARE_FRAGMENT = 'hl=';
/** Format version, in the first byte's high nibble: a reader of another version refuses the link, never guesses. */
const FORMAT = 1;
const FLAG_NOTES = 1;
/** More than any article needs, few enough that a hostile link cannot make the phone work for long. */
const MAX_SHARED = 2_000;
/** Longer fragments are refused before decoding (a link of 2,000 highlights with short notes is far shorter). */
const MAX_FRAGMENT_CHARS = 200_000;
const MAX_NOTE_BYTES = 60_000;

// RFC 4648 "base32hex", upper case: every character is in the QR code's alphanumeric set (5.5 bits per
// character there, against 8 in byte mode), so the same data makes a smaller QR code than base64url would.
const BASE32 = '0123456789ABCDEFGHIJKLMNOPQRSTUV';

/** A highlight as the link carries it: where it is in the current text, its colour and (if shared) its note. */
export interface SharedHighlight {
  start: number;
  end: number;
  color: HighlightColor;
  note: string;
}

/** A decoded link, or why it is refused (`reason`, in the interface language: shown to the reader as is). */
export type DecodeResult = { ok: true; highlights: Highlight[] } | { ok: false; reason: string };

/** 16-bit FNV-1a of a string's UTF-16 code units: the quote's checksum and the content version's tag. */
export function hash16(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return (h ^ (h >>> 16)) & 0xffff;
}

function hash32(text: string, seed: number): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d) >>> 0;
  return (h ^ (h >>> 12)) >>> 0;
}

/**
 * The id a shared highlight gets on every device: derived from the passage (content version + offsets), so
 * opening the same link twice, or two links with the same passage, never adds it twice. Shaped as a UUID
 * (version 8, "custom") so exports and imports treat it like any other.
 */
export function sharedId(contentVersion: string, start: number, end: number): string {
  const key = `${contentVersion}\n${start}\n${end}`;
  const hex = [1, 2, 3, 4].map((seed) => hash32(key, seed).toString(16).padStart(8, '0')).join('');
  const variant = ((Number.parseInt(hex[16] as string, 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

class Writer {
  bytes: number[] = [];
  byte(b: number) {
    this.bytes.push(b & 0xff);
  }
  varint(n: number) {
    let v = n;
    while (v >= 0x80) {
      this.byte((v & 0x7f) | 0x80);
      v = Math.floor(v / 128);
    }
    this.byte(v);
  }
}

/** Why a link is refused: a key of the share area's messages (src/i18n/messages/en/share.ts, `damaged…`). */
type DamageReason = Extract<Parameters<typeof shareText>[0], `damaged${string}`>;

/** Reading past the end or a malformed number: the link is damaged. Caught inside decodeShare, never escapes. */
class Damaged extends Error {
  constructor(
    readonly reason: DamageReason,
    readonly params?: Record<string, string>,
  ) {
    super(reason);
  }
}

class Reader {
  at = 0;
  constructor(private readonly bytes: Uint8Array) {}
  byte(): number {
    const b = this.bytes[this.at++];
    if (b === undefined) throw new Damaged('damagedCutShort');
    return b;
  }
  varint(): number {
    let n = 0;
    let scale = 1;
    for (let i = 0; i < 4; i++) {
      const b = this.byte();
      n += (b & 0x7f) * scale;
      if (b < 0x80) return n;
      scale *= 128;
    }
    throw new Damaged('damagedNumberTooLong');
  }
  take(n: number): Uint8Array {
    if (this.at + n > this.bytes.length) throw new Damaged('damagedCutShort');
    const out = this.bytes.subarray(this.at, this.at + n);
    this.at += n;
    return out;
  }
  get done(): boolean {
    return this.at === this.bytes.length;
  }
}

function toBase32(bytes: readonly number[]): string {
  let out = '';
  let buffer = 0;
  let bits = 0;
  for (const b of bytes) {
    buffer = (buffer << 8) | b;
    bits += 8;
    while (bits >= 5) {
      out += BASE32[(buffer >>> (bits - 5)) & 31];
      bits -= 5;
    }
    buffer &= (1 << bits) - 1;
  }
  if (bits > 0) out += BASE32[(buffer << (5 - bits)) & 31];
  return out;
}

function fromBase32(text: string): Uint8Array {
  const out = new Uint8Array(Math.floor((text.length * 5) / 8));
  let buffer = 0;
  let bits = 0;
  let at = 0;
  for (const ch of text.toUpperCase()) {
    const v = BASE32.indexOf(ch);
    if (v < 0) throw new Damaged('damagedCharacter', { char: ch });
    buffer = ((buffer << 5) | v) & 0xfff;
    bits += 5;
    if (bits >= 8) {
      out[at++] = (buffer >>> (bits - 8)) & 0xff;
      bits -= 8;
    }
  }
  return out;
}

/**
 * Encodes highlights as the fragment payload (without `hl=`): for each one the paragraph (by its place in the
 * article), the offsets inside it, its colour and a 16-bit checksum of the quote; notes only if `withNotes`.
 * Highlights that do not fit the current text (no placement) cannot be shared and must be left out by the caller.
 */
export function encodeShare(
  model: TextModel,
  contentVersion: string,
  highlights: readonly SharedHighlight[],
  options: { withNotes: boolean; sharedAt: Date },
): string {
  const w = new Writer();
  w.byte((FORMAT << 4) | (options.withNotes ? FLAG_NOTES : 0));
  const tag = hash16(contentVersion);
  w.byte(tag >> 8);
  w.byte(tag);
  const seconds = Math.max(0, Math.floor(options.sharedAt.getTime() / 1000)) >>> 0;
  for (const shift of [24, 16, 8, 0]) w.byte(seconds >>> shift);
  const list = [...highlights].sort((a, b) => a.start - b.start || a.end - b.end);
  w.varint(list.length);
  const utf8 = new TextEncoder();
  for (const h of list) {
    const index = paragraphIndexAt(model, h.start);
    const paragraph = model.paragraphs[index];
    if (!paragraph || h.end <= h.start) throw new RangeError('encodeShare: a highlight is outside the text');
    w.varint(index * 4 + HIGHLIGHT_COLORS.indexOf(h.color));
    w.varint(h.start - paragraph.start);
    w.varint(h.end - h.start);
    const sum = hash16(model.text.slice(h.start, h.end));
    w.byte(sum >> 8);
    w.byte(sum);
    if (options.withNotes) {
      const note = utf8.encode(h.note);
      w.varint(note.length);
      for (const b of note) w.byte(b);
    }
  }
  return toBase32(w.bytes);
}

function readLink(model: TextModel, contentVersion: string, payload: string): Highlight[] {
  if (payload.length === 0) throw new Damaged('damagedEmpty');
  if (payload.length > MAX_FRAGMENT_CHARS) throw new Damaged('damagedTooLong');
  const r = new Reader(fromBase32(payload));
  const head = r.byte();
  if (head >> 4 !== FORMAT || (head & 0x0f & ~FLAG_NOTES) !== 0) {
    throw new Damaged('damagedFormat');
  }
  const withNotes = (head & FLAG_NOTES) !== 0;
  const tag = (r.byte() << 8) | r.byte();
  let seconds = 0;
  for (let i = 0; i < 4; i++) seconds = seconds * 256 + r.byte();
  const when = new Date(seconds * 1000).toISOString();
  const count = r.varint();
  if (count === 0 || count > MAX_SHARED) throw new Damaged('damagedCount');
  const sameVersion = tag === hash16(contentVersion);
  const utf8 = new TextDecoder('utf-8', { fatal: true });
  const seen = new Set<string>();
  const out: Highlight[] = [];
  for (let i = 0; i < count; i++) {
    const code = r.varint();
    const paragraph = model.paragraphs[Math.floor(code / 4)];
    const color = HIGHLIGHT_COLORS[code % 4] as HighlightColor;
    const offset = r.varint();
    const length = r.varint();
    const sum = (r.byte() << 8) | r.byte();
    let note = '';
    if (withNotes) {
      const bytes = r.varint();
      if (bytes > MAX_NOTE_BYTES) throw new Damaged('damagedNoteTooLong');
      try {
        note = utf8.decode(r.take(bytes));
      } catch (error) {
        if (error instanceof Damaged) throw error;
        throw new Damaged('damagedNoteNotText');
      }
    }
    if (!paragraph) throw new Damaged('damagedPastEnd');
    const start = paragraph.start + offset;
    const end = start + length;
    if (length === 0 || end > model.text.length || offset > paragraph.text.length) {
      throw new Damaged('damagedPastEnd');
    }
    if (hash16(model.text.slice(start, end)) !== sum) {
      throw new Damaged(sameVersion ? 'damagedMismatch' : 'damagedOtherVersion');
    }
    const key = `${start}:${end}`;
    if (seen.has(key)) throw new Damaged('damagedTwice');
    seen.add(key);
    out.push({
      id: sharedId(contentVersion, start, end),
      anchor: describeAnchor(model, start, end, contentVersion),
      color,
      note,
      created: when,
      modified: when,
    });
  }
  if (!r.done) throw new Damaged('damagedExtraData');
  return out;
}

/**
 * Reads a share link's payload (the fragment after `hl=`) against the current text. All or nothing: any
 * damage refuses the whole link with a reason for the reader. Never throws.
 */
export function decodeShare(model: TextModel, contentVersion: string, payload: string): DecodeResult {
  try {
    if (typeof payload !== 'string') return { ok: false, reason: shareText('damagedUnreadable') };
    return { ok: true, highlights: readLink(model, contentVersion, payload) };
  } catch (error) {
    return {
      ok: false,
      reason: error instanceof Damaged ? shareText(error.reason, error.params) : shareText('damagedUnreadable'),
    };
  }
}

/** The whole link: this edition's address (no query, no fragment) with the payload in the fragment. */
export function shareUrl(pageUrl: string, payload: string): string {
  const url = new URL(pageUrl);
  return `${url.origin}${url.pathname}#${SHARE_FRAGMENT}${payload}`;
}

/** The payload of a share link's fragment (`#hl=…`), or null when the fragment is something else. */
export function payloadOf(hash: string): string | null {
  const fragment = hash.startsWith('#') ? hash.slice(1) : hash;
  return fragment.startsWith(SHARE_FRAGMENT) ? fragment.slice(SHARE_FRAGMENT.length) : null;
}

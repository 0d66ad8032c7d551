import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp, { type Sharp } from 'sharp';
import { STAND_IN_ART } from './stand-ins.ts';
import type { PhotoMeta } from './types.ts';

/**
 * Widths cover a 320 px phone at DPR 1 up to a 390 px phone at DPR 3 (1170 device px → the 1200 file) and the
 * 40rem desktop column at DPR 2. More widths would only add bytes to the build, never to what a device fetches.
 */
const WIDTHS = [400, 800, 1200, 1600] as const;

/** AVIF first: about half the bytes of WebP here, and every current phone browser decodes it. */
const FORMATS = [
  { ext: 'avif', type: 'image/avif', encode: (s: Sharp) => s.avif({ quality: 52, effort: 4 }) },
  { ext: 'webp', type: 'image/webp', encode: (s: Sharp) => s.webp({ quality: 74, effort: 5 }) },
  { ext: 'jpg', type: 'image/jpeg', encode: (s: Sharp) => s.jpeg({ quality: 78, mozjpeg: true }) },
] as const;

interface ImageFile {
  fileName: string;
  source: Uint8Array;
}

export interface ProcessedPhoto {
  meta: PhotoMeta;
  standIn: boolean;
  width: number;
  height: number;
  /** A tiny blurred WebP as a data URI, shown until the real image decodes. */
  placeholder: string;
  sources: { type: string; srcset: string }[];
  fallback: { src: string; srcset: string };
  files: ImageFile[];
}

const CACHE_DIR = join(process.cwd(), 'node_modules/.cache/bri-photos');

/** Step 4: turn one photo (real file or stand-in art) into AVIF, WebP and JPEG at several widths. */
export async function processPhoto(meta: PhotoMeta, contentDir: string, base = '/'): Promise<ProcessedPhoto> {
  const realPath = join(contentDir, meta.file);
  const standIn = !existsSync(realPath);
  const artFn = meta.standIn ? STAND_IN_ART[meta.standIn.art] : undefined;
  if (standIn && !artFn) throw new Error(`${meta.file}: no photo and no stand-in art`);
  const input = standIn && artFn ? Buffer.from(artFn()) : readFileSync(realPath);

  const hash = createHash('sha256').update(input).update(JSON.stringify(WIDTHS)).digest('hex').slice(0, 10);
  // rotate() applies EXIF orientation, so phone photos dropped in stand the right way up.
  const image = sharp(input, { density: 72 }).rotate();
  const info = await image.metadata();
  const orientedSwap = (info.orientation ?? 1) >= 5;
  const fullW = (orientedSwap ? info.height : info.width) ?? 0;
  const fullH = (orientedSwap ? info.width : info.height) ?? 0;
  if (!fullW || !fullH) throw new Error(`${meta.file}: cannot read the image size`);

  const widths = WIDTHS.filter((w) => w <= fullW);
  if (widths.length === 0) widths.push(fullW as (typeof WIDTHS)[number]);
  const maxW = widths[widths.length - 1] ?? fullW;
  const height = Math.round((fullH * maxW) / fullW);

  const files: ImageFile[] = [];
  const url = (w: number, ext: string) => `${base}assets/photos/${meta.id}-${hash}-${w}.${ext}`;
  for (const f of FORMATS) {
    for (const w of widths) {
      const fileName = `assets/photos/${meta.id}-${hash}-${w}.${f.ext}`;
      files.push({
        fileName,
        source: await cached(`${hash}-${w}.${f.ext}`, () => f.encode(resize(input, w)).toBuffer()),
      });
    }
  }
  const tiny = await cached(`${hash}-ph.webp`, () => resize(input, 24).blur(1.2).webp({ quality: 40 }).toBuffer());
  const srcset = (ext: string) => widths.map((w) => `${url(w, ext)} ${w}w`).join(', ');
  return {
    meta,
    standIn,
    width: maxW,
    height,
    placeholder: `data:image/webp;base64,${Buffer.from(tiny).toString('base64')}`,
    sources: FORMATS.filter((f) => f.ext !== 'jpg').map((f) => ({ type: f.type, srcset: srcset(f.ext) })),
    fallback: { src: url(widths[Math.min(1, widths.length - 1)] ?? maxW, 'jpg'), srcset: srcset('jpg') },
    files,
  };
}

function resize(input: Buffer, width: number): Sharp {
  return sharp(input, { density: 144 }).rotate().resize({ width, withoutEnlargement: true });
}

/** AVIF encoding is the slow part of a build; variants are cached by content hash between builds. */
async function cached(name: string, make: () => Promise<Buffer>): Promise<Uint8Array> {
  const path = join(CACHE_DIR, name);
  if (existsSync(path)) return readFileSync(path);
  const data = await make();
  mkdirSync(CACHE_DIR, { recursive: true });
  writeFileSync(path, data);
  return data;
}

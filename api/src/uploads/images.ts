import crypto from 'node:crypto';
import sharp from 'sharp';
import { badInput } from '../errors.js';

/** Uploads above this are refused before decoding. */
export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;
/** Decompression bombs: refuse images with more pixels than this (a 40-megapixel photo passes). */
const MAX_INPUT_PIXELS = 50_000_000;
/** Wide enough for a screenshot on a large screen, small enough for a phone's data plan. */
export const DISPLAY_WIDTH = 1600;
const ACCEPTED = new Set(['jpeg', 'png', 'webp', 'gif']);

export interface ProcessedImage {
  key: string;
  body: Buffer;
  contentType: string;
  width: number;
  height: number;
}

/**
 * Checks an upload by its content (not its name or claimed type), turns it upright, scales it down
 * for display and re-encodes it, which drops EXIF and every other metadata (camera, GPS position).
 */
export type ImagePurpose = 'post' | 'avatar';
/** Avatars are shown at most 96 CSS px wide: a 256 px square is sharp on any screen. */
export const AVATAR_SIZE = 256;

export async function processImage(input: Buffer, purpose: ImagePurpose = 'post'): Promise<ProcessedImage> {
  if (input.length === 0) throw badInput('The file is empty.', { file: 'Empty file.' });
  if (input.length > MAX_UPLOAD_BYTES) throw badInput('Images can be at most 10 MB.', { file: 'At most 10 MB.' });
  let format: string | undefined;
  let pages = 1;
  let pixels = 0;
  try {
    // The header only: the pixel limit is checked below, with its own message.
    const meta = await sharp(input, { limitInputPixels: false }).metadata();
    format = meta.format;
    pages = meta.pages ?? 1;
    pixels = (meta.width ?? 0) * (meta.height ?? 0);
  } catch {
    throw badInput('That file is not an image we can read.', { file: 'Use a JPEG, PNG, WebP or GIF image.' });
  }
  if (pixels > MAX_INPUT_PIXELS) throw badInput('That image has too many pixels: at most 50 megapixels.', { file: 'At most 50 megapixels.' });
  if (!format || !ACCEPTED.has(format)) throw badInput('Only JPEG, PNG, WebP and GIF images can be uploaded.', { file: 'Use a JPEG, PNG, WebP or GIF image.' });
  try {
    const animated = pages > 1 && purpose === 'post';
    const { data, info } = await sharp(input, { limitInputPixels: MAX_INPUT_PIXELS, animated })
      .rotate() // by the EXIF orientation, before the EXIF goes
      .resize(purpose === 'avatar' ? { width: AVATAR_SIZE, height: AVATAR_SIZE, fit: 'cover', position: 'attention' } : { width: DISPLAY_WIDTH, withoutEnlargement: true })
      .webp({ quality: 82, effort: 4 })
      .toBuffer({ resolveWithObject: true });
    const key = `${crypto.createHash('sha256').update(data).digest('hex')}.webp`;
    return { key, body: data, contentType: 'image/webp', width: info.width, height: info.pageHeight ?? info.height };
  } catch {
    throw badInput('That image could not be processed.', { file: 'The image seems damaged.' });
  }
}

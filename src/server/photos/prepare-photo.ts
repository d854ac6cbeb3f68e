// Checks one photo by its content and, on request, crops it to the 2-inch ID-photo ratio.
// JPEG or PNG only (by the first bytes), decodable by sharp, at least MIN_SIDE pixels on each side.
// Crop: the 2-inch photo (二寸照) is 35 mm × 49 mm, i.e. 5:7 exactly (35/49 = 5/7); the largest
// centred 5:7 region is kept (after turning the image upright by its EXIF orientation), scaled
// down to at most 413 × 579 px (35 × 49 mm at 300 dpi) and stored as JPEG (transparency on white).
// Without crop the file is stored exactly as given. See docs/certificates.md.
import { createHash } from "node:crypto";
import sharp, { type Metadata } from "sharp";
import { sniffImage, type ImageMime } from "./sniff-image";

export const PHOTO_RATIO = { width: 5, height: 7 } as const;
export const PHOTO_CROP_SIZE = { width: 413, height: 579 } as const;
export const MIN_SIDE = 100;
const MAX_PIXELS = 40_000_000;

export type PreparedPhoto = { ok: true; bytes: Uint8Array; mime: ImageMime; width: number; height: number; sha256: string; cropped: boolean } | { ok: false; problem: string };

/** The largest centred region of `width` × `height` with the ratio 5:7. */
export function cropBox(width: number, height: number): { left: number; top: number; width: number; height: number } {
  if (width * PHOTO_RATIO.height > height * PHOTO_RATIO.width) {
    const w = Math.floor((height * PHOTO_RATIO.width) / PHOTO_RATIO.height);
    return { left: Math.floor((width - w) / 2), top: 0, width: w, height };
  }
  const h = Math.floor((width * PHOTO_RATIO.height) / PHOTO_RATIO.width);
  return { left: 0, top: Math.floor((height - h) / 2), width, height: h };
}

const sha = (b: Uint8Array) => createHash("sha256").update(b).digest("hex");

export async function preparePhoto(bytes: Uint8Array, options: { crop: boolean }): Promise<PreparedPhoto> {
  const mime = sniffImage(bytes);
  if (!mime) return { ok: false, problem: "不是 JPEG 或 PNG 图片（按文件内容判断）" };
  let meta: Metadata;
  try {
    meta = await sharp(bytes, { limitInputPixels: MAX_PIXELS }).metadata();
    // Decode the pixels too: a truncated file has valid headers.
    await sharp(bytes, { limitInputPixels: MAX_PIXELS, failOn: "error" }).raw().toBuffer();
  } catch {
    return { ok: false, problem: "图片已损坏或无法解码" };
  }
  const width = meta.width ?? 0;
  const height = meta.height ?? 0;
  if (Math.min(width, height) < MIN_SIDE) return { ok: false, problem: `图片太小（${width}×${height} 像素），每边至少 ${MIN_SIDE} 像素` };
  if (!options.crop) return { ok: true, bytes, mime, width, height, sha256: sha(bytes), cropped: false };
  const upright = await sharp(bytes, { limitInputPixels: MAX_PIXELS }).rotate().toBuffer({ resolveWithObject: true });
  const box = cropBox(upright.info.width, upright.info.height);
  const out = await sharp(upright.data)
    .extract(box)
    .resize({ width: PHOTO_CROP_SIZE.width, height: PHOTO_CROP_SIZE.height, fit: "fill", withoutEnlargement: true })
    .flatten({ background: "#ffffff" })
    .jpeg({ quality: 90, mozjpeg: false })
    .toBuffer({ resolveWithObject: true });
  const result = new Uint8Array(out.data);
  return { ok: true, bytes: result, mime: "image/jpeg", width: out.info.width, height: out.info.height, sha256: sha(result), cropped: true };
}

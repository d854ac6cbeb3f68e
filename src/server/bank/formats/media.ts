// Images that come with imported items (Moodle XML files, Word documents, data: URIs): checked
// by their content, not their name or declared type, and capped in size. Pure.
import { createHash } from "node:crypto";
import { imageSize } from "image-size";

/** The largest image kept, in bytes. */
export const MAX_IMAGE_BYTES = 2 * 1024 * 1024;

const KEPT: Record<string, string> = { png: "image/png", jpg: "image/jpeg", gif: "image/gif", webp: "image/webp" };
const REFUSED: Record<string, string> = {
  svg: "SVG 矢量图可能含脚本，不予保留；请转为 PNG 或 JPEG",
  bmp: "BMP 位图未保留；请转为 PNG 或 JPEG",
  tiff: "TIFF 图片浏览器无法显示，未保留；请转为 PNG 或 JPEG",
  ico: "图标文件未保留",
};

export type MediaBlob = { sha256: string; mime: string; size: number; width: number; height: number; data: Uint8Array };

/**
 * Checks that the bytes are a PNG, JPEG, GIF or WebP image (by content, with readable dimensions)
 * of at most MAX_IMAGE_BYTES. Returns the blob with its SHA-256 (hex) or a Chinese reason.
 */
export function checkImage(bytes: Uint8Array): { ok: true; blob: MediaBlob } | { ok: false; reason: string } {
  if (bytes.byteLength === 0) return { ok: false, reason: "图片为空" };
  if (bytes.byteLength > MAX_IMAGE_BYTES) {
    return { ok: false, reason: `图片过大（${(bytes.byteLength / 1024 / 1024).toFixed(1)} MB，最大 ${MAX_IMAGE_BYTES / 1024 / 1024} MB）` };
  }
  let size: ReturnType<typeof imageSize>;
  try {
    size = imageSize(bytes);
  } catch {
    return { ok: false, reason: "不是可识别的图片（只保留 PNG、JPEG、GIF、WebP）" };
  }
  const type = size.type ?? "";
  const mime = KEPT[type];
  if (!mime) return { ok: false, reason: REFUSED[type] ?? `${type.toUpperCase() || "未知"} 格式的图片未保留（只保留 PNG、JPEG、GIF、WebP）` };
  if (!size.width || !size.height) return { ok: false, reason: "图片尺寸无法读取，文件可能已损坏" };
  const sha256 = createHash("sha256").update(bytes).digest("hex");
  return { ok: true, blob: { sha256, mime, size: bytes.byteLength, width: size.width, height: size.height, data: bytes } };
}

/** What a file is, by its name, for the list of content not kept (音频, 视频, …). */
export function describeFile(name: string): string {
  const ext = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase() ?? "";
  if (["mp3", "wav", "ogg", "m4a", "aac", "wma", "flac"].includes(ext)) return `音频 ${name}`;
  if (["mp4", "webm", "mov", "avi", "wmv", "flv", "mkv", "m4v"].includes(ext)) return `视频 ${name}`;
  if (["png", "jpg", "jpeg", "gif", "webp", "bmp", "svg", "tif", "tiff", "emf", "wmf"].includes(ext)) return `图片 ${name}`;
  return `文件 ${name}`;
}

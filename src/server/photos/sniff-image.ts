// What an image file is, by its first bytes (never by its name): JPEG (FF D8 FF) or PNG
// (89 50 4E 47 0D 0A 1A 0A). Anything else is null. Pure.
export type ImageMime = "image/jpeg" | "image/png";

const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

export function sniffImage(bytes: Uint8Array): ImageMime | null {
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return "image/jpeg";
  if (bytes.length >= 8 && PNG.every((b, i) => bytes[i] === b)) return "image/png";
  return null;
}

// Image evidence: format and displayed pixel size, read from the file's header (image-size).
import { imageSize } from "image-size";
import type { FileEvidence } from "@/grading/checks";
import { inputSize, readAll, readRange, type FileInput } from "./input";

const HEAD_BYTES = 512 * 1024;
const MAX_BYTES = 64 * 1024 * 1024;

/** image-size's type names → the checks' format names (HEIF brands: avif, else heic). */
function formatName(type: string | undefined): string {
  switch (type) {
    case "jpg":
      return "jpeg";
    case "heif":
    case "heic":
    case "mif1":
    case "msf1":
      return "heic";
    case "tif":
      return "tiff";
    default:
      return type ?? "unknown";
  }
}

/**
 * Format, width and height as displayed: an EXIF orientation of 5–8 (a phone photo taken
 * upright, stored sideways) swaps width and height. Reads the first 512 KiB, and the whole file
 * (up to 64 MiB) when the size lies further in. Returns `error: "checks.probe.unreadable"` for
 * a file whose header is not an image's.
 */
export async function probeImage(input: FileInput, name: string): Promise<FileEvidence> {
  const size = await inputSize(input);
  const attempt = (bytes: Uint8Array) => {
    try {
      return imageSize(bytes);
    } catch {
      return null;
    }
  };
  let dims = attempt(await readRange(input, 0, Math.min(size, HEAD_BYTES)));
  if (!dims && size > HEAD_BYTES && size <= MAX_BYTES) dims = attempt(await readAll(input, MAX_BYTES));
  if (!dims || !(dims.width > 0) || !(dims.height > 0)) return { name, error: "checks.probe.unreadable" };
  const sideways = dims.orientation !== undefined && dims.orientation >= 5 && dims.orientation <= 8;
  return {
    name,
    image: { format: formatName(dims.type), width: sideways ? dims.height : dims.width, height: sideways ? dims.width : dims.height },
  };
}

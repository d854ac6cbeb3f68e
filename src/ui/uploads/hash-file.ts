// SHA-256 of a file in the browser (also runs in Node, for tests). Web Crypto's digest is native
// and fast but takes the whole file at once and only exists in secure contexts (https or
// localhost; a school LAN served over plain http has none), so:
//   - files up to WEB_CRYPTO_MAX_BYTES in a secure context: crypto.subtle.digest on the bytes;
//   - larger files, or no crypto.subtle: @noble/hashes (audited, incremental) over 4 MiB slices,
//     so memory stays flat whatever the file size, with progress after every slice.
import { sha256 } from "@noble/hashes/sha2.js";

export const WEB_CRYPTO_MAX_BYTES = 64 * 1024 * 1024;
const SLICE = 4 * 1024 * 1024;

const hex = (bytes: Uint8Array) => Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");

/**
 * Lowercase hex SHA-256 of `blob`. `onProgress` gets the share hashed so far (0..1).
 * Rejects with an AbortError when `signal` aborts.
 */
export async function sha256OfBlob(blob: Blob, options: { onProgress?: (fraction: number) => void; signal?: AbortSignal; forceIncremental?: boolean } = {}): Promise<string> {
  const { onProgress, signal } = options;
  const subtle = globalThis.crypto?.subtle;
  if (subtle && blob.size <= WEB_CRYPTO_MAX_BYTES && !options.forceIncremental) {
    const bytes = await blob.arrayBuffer();
    signal?.throwIfAborted();
    const digest = await subtle.digest("SHA-256", bytes);
    onProgress?.(1);
    return hex(new Uint8Array(digest));
  }
  const hash = sha256.create();
  for (let start = 0; start < blob.size; start += SLICE) {
    signal?.throwIfAborted();
    hash.update(new Uint8Array(await blob.slice(start, start + SLICE).arrayBuffer()));
    onProgress?.(Math.min(1, (start + SLICE) / blob.size));
    // Let the page paint between slices.
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  onProgress?.(1);
  return hex(hash.digest());
}

// A stored file handed to the probe or the preview: a path on disk or bytes in memory.
import { open, stat } from "node:fs/promises";

export type FileInput = { path: string } | { buffer: Buffer };

/** Size in bytes. */
export async function inputSize(input: FileInput): Promise<number> {
  return "buffer" in input ? input.buffer.length : (await stat(input.path)).size;
}

/** Up to `length` bytes from `offset` (fewer at the end of the file). */
export async function readRange(input: FileInput, offset: number, length: number): Promise<Buffer> {
  if ("buffer" in input) return input.buffer.subarray(offset, offset + length);
  const handle = await open(input.path, "r");
  try {
    const out = Buffer.alloc(length);
    const { bytesRead } = await handle.read(out, 0, length, offset);
    return out.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/** The whole file; throws RangeError beyond `maxBytes` (so a huge file never fills memory). */
export async function readAll(input: FileInput, maxBytes: number): Promise<Buffer> {
  const size = await inputSize(input);
  if (size > maxBytes) throw new RangeError(`file of ${size} bytes exceeds ${maxBytes}`);
  return "buffer" in input ? input.buffer : readRange(input, 0, size);
}

/** Lower-case extension of a file name without the dot ("" when none). */
export function extensionOf(name: string): string {
  const m = /\.([^./\\]+)$/.exec(name.trim());
  return m ? m[1]!.toLowerCase() : "";
}

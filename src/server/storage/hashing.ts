// A pass-through stream that measures what flows through it: byte count and SHA-256.
import { createHash } from "node:crypto";
import { Transform } from "node:stream";

export class MeasuringStream extends Transform {
  private readonly hash = createHash("sha256");
  /** Bytes seen so far. (Not named `size`: @aws-sdk/lib-storage takes a numeric `size` for the body's length.) */
  byteCount = 0;

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: (error?: Error | null, data?: Buffer) => void): void {
    this.byteCount += chunk.length;
    this.hash.update(chunk);
    callback(null, chunk);
  }

  /** Lowercase hex SHA-256 of everything that passed; call once, after the stream ended. */
  digest(): string {
    return this.hash.digest("hex");
  }
}

export function measureBuffer(buffer: Buffer): { size: number; sha256: string } {
  return { size: buffer.length, sha256: createHash("sha256").update(buffer).digest("hex") };
}

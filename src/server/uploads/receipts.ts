// Receipts of finalized uploads, so that a client that missed the answer (network drop, reload,
// a crash right after finalizing) still learns that its upload is stored, and what the policy
// returned, from its next HEAD, instead of uploading again. One small JSON file per upload id
// under <partial dir>/receipts, written atomically (temporary file + rename), deleted by the
// sweep after the same age as unfinished uploads.
import { randomUUID } from "node:crypto";
import fsp from "node:fs/promises";
import path from "node:path";
import { filesIn } from "./files-in";

export type UploadReceipt = { userId: string; size: number; sha256: string; result: unknown; finishedAt: string };

export class ReceiptStore {
  constructor(readonly directory: string) {}

  private file(id: string): string {
    return path.join(this.directory, `${id}.json`);
  }

  async get(id: string): Promise<UploadReceipt | null> {
    try {
      return JSON.parse(await fsp.readFile(this.file(id), "utf8")) as UploadReceipt;
    } catch {
      return null;
    }
  }

  async put(id: string, receipt: UploadReceipt): Promise<void> {
    await fsp.mkdir(this.directory, { recursive: true });
    const tmp = path.join(this.directory, `.${randomUUID()}.tmp`);
    await fsp.writeFile(tmp, JSON.stringify(receipt));
    await fsp.rename(tmp, this.file(id));
  }

  /** Deletes receipts (and stray temporary files) last written more than maxAgeMs ago. */
  async sweep(maxAgeMs: number, now = Date.now()): Promise<number> {
    return removeOlderThan(this.directory, maxAgeMs, now, () => true);
  }
}

/** Removes files in `directory` (not recursive) modified more than maxAgeMs ago and accepted by `which`. */
export async function removeOlderThan(directory: string, maxAgeMs: number, now: number, which: (name: string) => boolean): Promise<number> {
  let removed = 0;
  for (const file of await filesIn(directory)) {
    if (!which(file.name) || now - file.mtimeMs <= maxAgeMs) continue;
    await fsp.rm(file.path, { force: true });
    removed += 1;
  }
  return removed;
}

// Finalizing a complete upload: the bytes are all there; before the client hears "success",
// (1) the policy still allows it (owner, deadline + grace) as of the instant the last byte
// arrived, (2) the SHA-256 of the whole file equals the client's `sha256`, (3) the type detected
// from the content is one the grant allows, (4) the file is put into FileStorage (and measured
// again on the way), (5) the policy records it.
// A refusal in (1)–(3) or by the policy in (5) is final: nothing is stored and the partial upload
// is deleted (only a refusal at (1) keeps it, so extra time from the proctor lets it go on). A
// failure of our own (storage, database: 5xx) keeps the partial upload, so the client's retry
// finalizes it again. The policy decides by `lastByte` in (1) and (5), never by the time these
// steps take: hashing and storing a large file may run past the deadline + grace.
import { createHash } from "node:crypto";
import fs from "node:fs";
import { pipeline } from "node:stream/promises";
import type { Translate } from "@/i18n";
import type { FileStorage } from "../storage/types";
import { detectFileType } from "./detect-type";
import type { StoredGrant } from "./grant";
import { mimeLabel } from "./mime-label";
import type { LastByte, UploadCaller, UploadMeta, UploadPolicy } from "./policy";
import type { UploadReceipt } from "./receipts";
import { toRefusal, UploadRefusal } from "./refusal";

export type FinalizeInput = {
  id: string;
  /** The partial upload's bytes on disk. */
  partialPath: string;
  size: number;
  grant: StoredGrant;
  meta: UploadMeta;
  caller: UploadCaller;
  policy: UploadPolicy;
  storage: FileStorage;
  t: Translate;
  /** When the last byte arrived (policy.ts): the policy's decisions are taken as of then. */
  lastByte: LastByte;
  /** Deletes the partial upload (after a final refusal, or once stored). */
  removePartial(): Promise<void>;
};

async function sha256OfFile(file: string): Promise<{ sha256: string; size: number }> {
  const hash = createHash("sha256");
  let size = 0;
  await pipeline(fs.createReadStream(file, { highWaterMark: 1024 * 1024 }), async function* (source: AsyncIterable<Buffer>) {
    for await (const chunk of source) {
      size += chunk.length;
      hash.update(chunk);
    }
  });
  return { sha256: hash.digest("hex"), size };
}

/** Runs the steps above; resolves with the receipt, or rejects with an UploadRefusal. */
export async function finalizeUpload(input: FinalizeInput): Promise<UploadReceipt> {
  const { caller, grant, meta, policy, storage, t } = input;
  const final = async (refusal: UploadRefusal): Promise<never> => {
    await input.removePartial().catch(() => undefined);
    throw refusal;
  };

  try {
    await policy.check(caller, grant.ownerKey, meta, input.lastByte);
  } catch (error) {
    throw toRefusal(error, t);
  }

  const measured = await sha256OfFile(input.partialPath);
  if (measured.size !== input.size) throw new UploadRefusal(500, "INTERNAL", t("uploads.error.storage"));
  if (measured.sha256 !== meta.sha256!.toLowerCase()) return final(new UploadRefusal(422, "VALIDATION", t("uploads.error.hashMismatch")));

  const originalName = meta.filename ?? "";
  const type = await detectFileType(input.partialPath, originalName);
  if (!grant.allowedMimes.includes(type.mime)) {
    const allowed = [...new Set(grant.allowedMimes.map((m) => mimeLabel(t, m)))].join("、");
    return final(new UploadRefusal(422, "VALIDATION", t("uploads.error.type", { detected: mimeLabel(t, type.mime), allowed })));
  }

  let stored: { size: number; sha256: string };
  try {
    stored = await storage.put(grant.storageKey, fs.createReadStream(input.partialPath, { highWaterMark: 1024 * 1024 }), { contentType: type.mime });
  } catch (error) {
    console.error("[uploads] storing a verified upload failed", error);
    throw new UploadRefusal(500, "INTERNAL", t("uploads.error.storage"));
  }
  if (stored.sha256 !== measured.sha256 || stored.size !== measured.size) {
    await storage.delete(grant.storageKey).catch(() => undefined);
    throw new UploadRefusal(500, "INTERNAL", t("uploads.error.storage"));
  }

  let result: unknown;
  try {
    result = await policy.complete(caller, { storageKey: grant.storageKey, size: stored.size, sha256: stored.sha256, mime: type.mime, originalName, meta, lastByte: input.lastByte });
  } catch (error) {
    await storage.delete(grant.storageKey).catch(() => undefined);
    const refusal = toRefusal(error, t);
    if (refusal.status < 500) return final(refusal);
    throw refusal;
  }
  return { userId: caller.userId, size: stored.size, sha256: stored.sha256, result: result ?? null, finishedAt: new Date().toISOString() };
}

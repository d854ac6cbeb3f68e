// The upload benchmark's policy (loaded into the upload worker thread by upload-front.ts). It
// costs what a real one does: one query per grant/check (the attempt is the caller's, in
// progress, before its deadline) and one at completion; it answers with where the file went.
import { randomUUID } from "node:crypto";
import { getPgPool } from "../../src/server/db/pg";
import { AppError } from "../../src/server/errors";
import { registerUploadPolicy, type UploadCaller } from "../../src/server/uploads/policy";

async function ownAttempt(caller: UploadCaller, attemptId: string | undefined): Promise<void> {
  const { rowCount } = await getPgPool().query(`SELECT 1 FROM "Attempt" WHERE id = $1 AND "candidateId" = $2 AND status = 'in_progress' AND deadline > now()`, [
    attemptId ?? "",
    caller.candidateId ?? "",
  ]);
  if (!rowCount) throw new AppError("NOT_FOUND", { message: "未找到这场考试" });
}

registerUploadPolicy("bench-upload", {
  async grant(caller, meta) {
    await ownAttempt(caller, meta.attemptId);
    return { ownerKey: meta.attemptId!, maxBytes: 256 * 1024 * 1024, allowedMimes: ["image/png", "image/jpeg"], storageKey: `bench/${meta.attemptId}/${randomUUID()}` };
  },
  async check(caller, ownerKey) {
    await ownAttempt(caller, ownerKey);
  },
  async complete(_caller, file) {
    await getPgPool().query("SELECT $1::text", [file.storageKey]);
    return { storageKey: file.storageKey, sha256: file.sha256, size: file.size };
  },
});

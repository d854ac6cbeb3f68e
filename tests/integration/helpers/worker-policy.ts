// Loaded into the upload worker thread by tests/integration/upload-worker.test.ts: a policy that
// lets any candidate upload a PNG and answers with where it was stored.
import { AppError } from "@/server/errors";
import { registerUploadPolicy } from "@/server/uploads/policy";

registerUploadPolicy("worker-test", {
  async grant(caller, meta) {
    if (!caller.candidateId) throw new AppError("FORBIDDEN");
    return { ownerKey: caller.candidateId, maxBytes: 32 * 1024 * 1024, allowedMimes: ["image/png"], storageKey: `worker-test/${meta.n}` };
  },
  async check() {},
  async complete(_caller, file) {
    return { storageKey: file.storageKey, sha256: file.sha256 };
  },
});

// The upload endpoint of this process, configured from the environment (docs/storage.md):
// partial uploads and receipts under UPLOADS_PARTIAL_DIR (default <DATA_DIR>/uploads-partial),
// verified files in getStorage(), a size ceiling UPLOADS_MAX_BYTES, and a sweep every hour that
// deletes what is older than UPLOADS_PARTIAL_MAX_AGE_HOURS.
import path from "node:path";
import { getEnv } from "../env";
import { getStorage } from "../storage";
import { createUploadHandler, type UploadHandler } from "./handler";
import "./policies";

export { createUploadHandler, UPLOADS_PATH, type UploadHandler, type UploadHandlerOptions } from "./handler";
export { registerUploadPolicy, type UploadCaller, type UploadGrant, type UploadMeta, type UploadPolicy, type VerifiedFile } from "./policy";

const SWEEP_EVERY_MS = 60 * 60 * 1000;
let handler: UploadHandler | undefined;

export function getUploadHandler(): UploadHandler {
  if (handler) return handler;
  const env = getEnv();
  const created = createUploadHandler({
    partialDir: path.resolve(env.UPLOADS_PARTIAL_DIR ?? path.join(env.DATA_DIR, "uploads-partial")),
    storage: getStorage(),
    maxBytes: env.UPLOADS_MAX_BYTES,
    maxAgeMs: env.UPLOADS_PARTIAL_MAX_AGE_HOURS * 3600 * 1000,
  });
  const sweep = () => void created.sweep().catch((error: unknown) => console.error("[uploads] sweep failed:", error));
  setTimeout(sweep, 30_000).unref();
  setInterval(sweep, SWEEP_EVERY_MS).unref();
  handler = created;
  return created;
}

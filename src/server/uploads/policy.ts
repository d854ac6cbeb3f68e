// The upload layer asks the domain through this interface (contract of issue 14): a policy per
// purpose, named by the client in the tus Upload-Metadata (`purpose`), decides who may upload
// what, how large, of which types, until when, and records the verified file. See docs/storage.md.

export type UploadCaller = { userId: string; candidateId: string | null };
/** tus Upload-Metadata as the client sent it, e.g. { purpose, attemptId, deliverableId, filename, sha256 }. */
export type UploadMeta = Record<string, string>;
export type UploadGrant = {
  /** Scope of the upload (e.g. the attempt id); later requests must match it. */
  ownerKey: string;
  /** Largest accepted Upload-Length in bytes (checked before any byte is accepted). */
  maxBytes: number;
  /** Checked against the type detected from the content when complete (MIME types, e.g. "image/jpeg"). */
  allowedMimes: string[];
  /** Where the verified file is stored (unique per upload; a valid storage key, see storage/keys.ts). */
  storageKey: string;
};
/**
 * When the last byte of a complete upload reached the server. `msAgo()` is the time since then in
 * milliseconds, measured on the upload process's monotonic clock at the moment of the call (never
 * negative), so a policy places it on its own clock (e.g. the database's: `dbNow - msAgo()`)
 * without trusting the app machine's wall clock. Captured when the final PATCH's body is complete;
 * for an upload finalized later by a HEAD (a lost answer, a crash), from the partial file's
 * modification time.
 */
export type LastByte = { msAgo(): number };
export type VerifiedFile = { storageKey: string; size: number; sha256: string; mime: string; originalName: string; meta: UploadMeta; lastByte: LastByte };

export interface UploadPolicy {
  /** On creation. Throw AppError (NOT_FOUND, DEADLINE_PASSED, VALIDATION…) to refuse with its message. */
  grant(caller: UploadCaller, meta: UploadMeta, declaredLength: number): Promise<UploadGrant>;
  /**
   * Before each chunk (`lastByte` undefined: decide for now) and at completion (`lastByte` given:
   * decide as of the instant the last byte arrived, not the time of the call): still allowed
   * (owner, deadline + grace)? Throw to refuse.
   */
  check(caller: UploadCaller, ownerKey: string, meta: UploadMeta, lastByte?: LastByte): Promise<void>;
  /**
   * The bytes are complete, SHA-256 matches the client's, the type is allowed, the file is stored
   * under storageKey: record it (one transaction). Decide whether it still counts by
   * `file.lastByte`, not by the time complete() runs (hashing and storing a large file take time). Its return value is sent to the client as JSON
   * (e.g. the submission file id). If the process dies after this and before the client hears
   * back, the upload is finalized again and complete() called again with the same storageKey:
   * make it idempotent for a storageKey. If it throws, the stored file is deleted again.
   */
  complete(caller: UploadCaller, file: VerifiedFile): Promise<unknown>;
}

const policies = new Map<string, UploadPolicy>();

/** Registers the policy for a purpose named in the metadata (`purpose: "skill-deliverable"`). */
export function registerUploadPolicy(purpose: string, policy: UploadPolicy): void {
  if (!/^[a-z][a-z0-9-]{0,63}$/.test(purpose)) throw new Error(`invalid upload purpose: ${purpose}`);
  policies.set(purpose, policy);
}

/** The policy registered for `purpose`, or undefined. */
export function uploadPolicyFor(purpose: string | undefined): UploadPolicy | undefined {
  return purpose === undefined ? undefined : policies.get(purpose);
}

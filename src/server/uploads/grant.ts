// What the server remembers about an upload besides its bytes: the policy's grant and who asked
// for it, kept in the tus upload's own metadata under a reserved key (written once, on creation,
// by the server; never shown to the client), next to the client's metadata.
import { isValidStorageKey } from "../storage/keys";
import type { UploadCaller, UploadGrant, UploadMeta } from "./policy";

export const GRANT_KEY = "__grant";

export type StoredGrant = UploadGrant & { purpose: string; userId: string; candidateId: string | null };

/** The client's metadata: reserved keys dropped, keys without a value as "". */
export function clientMeta(metadata: Record<string, string | null> | undefined): UploadMeta {
  const out: UploadMeta = {};
  for (const [k, v] of Object.entries(metadata ?? {})) if (!k.startsWith("__")) out[k] = v ?? "";
  return out;
}

export function readGrant(metadata: Record<string, string | null> | undefined): StoredGrant | null {
  const raw = metadata?.[GRANT_KEY];
  if (!raw) return null;
  try {
    return JSON.parse(raw) as StoredGrant;
  } catch {
    return null;
  }
}

/** Checks what a policy granted; a bad grant is the policy's bug, so it throws a plain Error. */
export function checkGrant(grant: UploadGrant): UploadGrant {
  const ok =
    typeof grant?.ownerKey === "string" &&
    grant.ownerKey.length > 0 &&
    Number.isSafeInteger(grant.maxBytes) &&
    grant.maxBytes > 0 &&
    Array.isArray(grant.allowedMimes) &&
    grant.allowedMimes.length > 0 &&
    grant.allowedMimes.every((m) => typeof m === "string" && m.includes("/")) &&
    isValidStorageKey(grant.storageKey);
  if (!ok) throw new Error(`upload policy returned an invalid grant: ${JSON.stringify(grant)}`);
  return grant;
}

export function storedGrant(grant: UploadGrant, purpose: string, caller: UploadCaller): string {
  const stored: StoredGrant = { ...grant, purpose, userId: caller.userId, candidateId: caller.candidateId };
  return JSON.stringify(stored);
}

// The Auth.js session token (an encrypted JWT in a cookie) read outside Next.js, by the front
// server's fast paths (answer saves, practice answers, uploads), and the session version that
// makes every token revocable. See docs/operations.md "Sessions and security".
//
// Claims used by this app: `sub` the user id, `cid` the candidate id (or null), `sv` the user's
// session version when the token was issued. A token is valid only while `sv` equals
// User.sessionVersion; bumping the column (sign-out, password change, an admin ending the
// sessions) revokes every token issued before. Tokens without `sv` (issued before the column
// existed) count as version 0.
import { createHmac, timingSafeEqual } from "node:crypto";
import { decodeSessionToken } from "./token-cache";

/** Cookie names Auth.js uses: `__Secure-` when the public URL is https. */
export const SESSION_COOKIES = ["__Secure-authjs.session-token", "authjs.session-token"] as const;

export type TokenCaller = { userId: string; candidateId: string | null; sessionVersion: number };

/** Cookie header → name/value map (values URI-decoded; malformed values ignored, as browsers do). */
export function parseCookies(header: string | null | undefined): Map<string, string> {
  const out = new Map<string, string>();
  for (const part of (header ?? "").split(";")) {
    const i = part.indexOf("=");
    if (i <= 0) continue;
    try {
      out.set(part.slice(0, i).trim(), decodeURIComponent(part.slice(i + 1).trim()));
    } catch {
      // ignored
    }
  }
  return out;
}

/** The `sv` claim of a decoded token: a non-negative integer, else 0 (tokens from before `sv`). */
export function tokenSessionVersion(token: Record<string, unknown> | null | undefined): number {
  const sv = token?.sv;
  return typeof sv === "number" && Number.isInteger(sv) && sv >= 0 ? sv : 0;
}

/**
 * The caller named by a request's session cookie, or null (no cookie, bad signature, expired).
 * This only decodes: whether `sessionVersion` is still current is checked against the user row by
 * the caller's own statement (saveAnswer, answerPractice) or by `sessionIsCurrent`.
 */
export async function readTokenCaller(cookies: Map<string, string>, secret: string): Promise<TokenCaller | null> {
  const name = SESSION_COOKIES.find((n) => cookies.has(n));
  if (!name) return null;
  // Decoded once per token text and kept until it expires (token-cache.ts); revocation is still
  // checked on every request against User.sessionVersion by the caller's statement.
  const token = await decodeSessionToken({ token: cookies.get(name), secret, salt: name }).catch(() => null);
  if (!token?.sub) return null;
  return { userId: token.sub, candidateId: typeof token.cid === "string" ? token.cid : null, sessionVersion: tokenSessionVersion(token) };
}

/**
 * Proof that the server (not a browser posting to Auth.js's session endpoint) asked to move a
 * token to session version `sv`: HMAC-SHA256 over the user id and the version, with the app's
 * secret. Used after a password change, so the user's own tab keeps working while every other
 * copy of the old token stops.
 */
export function sessionUpdateProof(secret: string, userId: string, sv: number): string {
  return createHmac("sha256", secret).update(`session-version:${userId}:${sv}`).digest("base64url");
}

export function verifySessionUpdateProof(secret: string, userId: string, sv: unknown, proof: unknown): sv is number {
  if (typeof sv !== "number" || !Number.isInteger(sv) || sv < 0 || typeof proof !== "string") return false;
  const expected = Buffer.from(sessionUpdateProof(secret, userId, sv));
  const given = Buffer.from(proof);
  return expected.length === given.length && timingSafeEqual(expected, given);
}

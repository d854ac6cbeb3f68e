// Who is uploading: read from the Auth.js session token (JWT cookie) the same way the fast answer
// save does (src/server/exam/fast-save.ts): `sub` is the user id, `cid` the candidate id. Kept in
// this one function so the token reading can follow the rest of the app (e.g. a revocation
// check) in one place.
import { decode } from "next-auth/jwt";
import type { UploadCaller } from "./policy";

const SESSION_COOKIES = ["__Secure-authjs.session-token", "authjs.session-token"];

/** Cookie header → name/value map (values URI-decoded). */
export function parseCookies(header: string | null | undefined): Map<string, string> {
  const out = new Map<string, string>();
  for (const part of (header ?? "").split(";")) {
    const i = part.indexOf("=");
    if (i <= 0) continue;
    try {
      out.set(part.slice(0, i).trim(), decodeURIComponent(part.slice(i + 1).trim()));
    } catch {
      // a malformed value is ignored, as browsers do
    }
  }
  return out;
}

/** The caller of a request from its cookies, or null when there is no valid session token. */
export async function readUploadCaller(cookies: Map<string, string>, secret: string): Promise<UploadCaller | null> {
  const name = SESSION_COOKIES.find((n) => cookies.has(n));
  if (!name) return null;
  const token = await decode({ token: cookies.get(name), secret, salt: name }).catch(() => null);
  if (!token?.sub) return null;
  return { userId: token.sub, candidateId: typeof token.cid === "string" ? token.cid : null };
}

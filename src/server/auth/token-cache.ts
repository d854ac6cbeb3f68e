// Decrypting an Auth.js session token through Auth.js's decode (a JWE: HKDF key derivation,
// AES-CBC and HMAC through WebCrypto) costs about 2 ms of CPU on this machine, more than the SQL
// of an answer save or an exam start. Tokens of the form Auth.js issues are decrypted
// synchronously instead (fast-jwe.ts; any other form goes through Auth.js's decode). The front
// server's fast paths also see the same token again and again (a candidate's start, paper load
// and every save carry one cookie), so they keep what a token decoded to, keyed by the exact
// token text, until the token expires. A cached entry is only ever the result of a
// successful decode of that exact text with the same secret and salt; the token is accepted no
// longer than `decode` would accept it (its exp), and claims are checked by the caller as before.
import { decode, type JWT } from "next-auth/jwt";
import { decryptSessionToken } from "./fast-jwe";

const MAX_ENTRIES = 20_000;
type Entry = { payload: JWT; expiresAt: number };
const caches = new Map<string, Map<string, Entry>>();

/**
 * The payload of a session token, or null when it does not decrypt (or has expired).
 * `salt` is the cookie's name, as Auth.js uses it. Units: exp in seconds since the epoch.
 */
export async function decodeSessionToken(options: { token: string | undefined; secret: string; salt: string; now?: number }): Promise<JWT | null> {
  const { token, secret, salt } = options;
  if (!token) return null;
  const now = options.now ?? Date.now();
  const key = `${salt}\u0000${secret}`;
  let cache = caches.get(key);
  if (!cache) caches.set(key, (cache = new Map()));
  const hit = cache.get(token);
  if (hit) {
    if (hit.expiresAt > now) return hit.payload;
    cache.delete(token);
  }
  const fast = decryptSessionToken(token, { secret, salt, now });
  const payload = fast === "unsupported" ? await decode({ token, secret, salt }).catch(() => null) : (fast as JWT | null);
  if (!payload) return null;
  // Without exp the token is not cached (decode alone decides every time).
  if (typeof payload.exp === "number") {
    if (cache.size >= MAX_ENTRIES) cache.delete(cache.keys().next().value!);
    cache.set(token, { payload, expiresAt: payload.exp * 1000 });
  }
  return payload;
}

// Auth.js session cookies minted directly (the app's JWT session strategy), so a benchmark does
// not sign in N times through bcrypt. Plain http, so the cookie name has no __Secure- prefix.
import { encode } from "next-auth/jwt";

export const SESSION_COOKIE = "authjs.session-token";

// The token carries the candidate id as a real sign-in does (src/server/auth/auth.ts, jwt callback).
export async function sessionCookie(options: { userId: string; name: string; secret: string; candidateId?: string }): Promise<string> {
  const token = { sub: options.userId, name: options.name, cid: options.candidateId ?? null };
  const value = await encode({ token, secret: options.secret, salt: SESSION_COOKIE, maxAge: 12 * 3600 });
  return `${SESSION_COOKIE}=${value}`;
}

// Auth.js session cookies minted directly (the app's JWT session strategy), so a benchmark does
// not sign in N times through bcrypt. Plain http, so the cookie name has no __Secure- prefix.
import { encode } from "next-auth/jwt";

export const SESSION_COOKIE = "authjs.session-token";

export async function sessionCookie(options: { userId: string; name: string; secret: string }): Promise<string> {
  const value = await encode({ token: { sub: options.userId, name: options.name }, secret: options.secret, salt: SESSION_COOKIE, maxAge: 12 * 3600 });
  return `${SESSION_COOKIE}=${value}`;
}

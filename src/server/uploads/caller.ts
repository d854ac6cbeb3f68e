// Who is uploading: read from the Auth.js session token the same way the fast answer save does
// (src/server/auth/session-token.ts), then checked against the user row: the account is active
// and the token's session version is current (a signed-out or revoked token is refused).
import { getPgPool } from "../db/pg";
import { readTokenCaller } from "../auth/session-token";
import type { UploadCaller } from "./policy";

export { parseCookies } from "../auth/session-token";

/** The caller of a request from its cookies, or null when there is no valid, current session token. */
export async function readUploadCaller(cookies: Map<string, string>, secret: string): Promise<UploadCaller | null> {
  const caller = await readTokenCaller(cookies, secret);
  if (!caller) return null;
  const { rows } = await getPgPool().query(`SELECT 1 FROM "User" WHERE id = $1 AND "sessionVersion" = $2 AND NOT disabled`, [caller.userId, caller.sessionVersion]);
  if (rows.length === 0) return null;
  return { userId: caller.userId, candidateId: caller.candidateId };
}

// The address printed in certificates' QR codes: the app's public URL (PUBLIC_URL, else AUTH_URL),
// else the origin the admin's browser used (src/server/net/public-origin.ts).
import { getEnv } from "../env";
import { publicOrigin } from "../net/public-origin";

export function publicBaseUrl(request: Request): string {
  const env = getEnv();
  return (env.PUBLIC_URL ?? env.AUTH_URL ?? publicOrigin(request.headers, env)).replace(/\/+$/, "");
}

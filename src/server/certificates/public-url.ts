// The address printed in certificates' QR codes: the app's public URL (AUTH_URL, which the
// launcher sets to the address it serves), else the origin of the admin's request.
import { getEnv } from "../env";

export function publicBaseUrl(request: Request): string {
  return (getEnv().AUTH_URL ?? new URL(request.url).origin).replace(/\/+$/, "");
}

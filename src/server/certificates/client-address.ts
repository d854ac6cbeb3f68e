// The client address of a page request, for the verification rate limit: set by the front server
// (or a reverse proxy) in X-Forwarded-For / X-Real-IP; unknown without one (docs/certificates.md).
import { headers } from "next/headers";

export async function requestAddress(): Promise<string | undefined> {
  const h = await headers();
  const forwarded = h.get("x-forwarded-for")?.split(",")[0]?.trim();
  return forwarded || h.get("x-real-ip") || undefined;
}

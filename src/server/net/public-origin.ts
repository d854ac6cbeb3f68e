// The public origin of the app on the Next.js side: PUBLIC_URL when configured, else the origin
// the browser used as the launcher's front server reported it (X-Forwarded-Proto/-Host, see
// src/server/net/forwarding.ts), else the Host header. Never the internal port Next.js listens on.
import { getEnv } from "../env";

type HeaderReader = { get(name: string): string | null };

/** "https://exam.example.edu.cn" (no trailing slash); PUBLIC_URL wins over request headers. */
export function publicOrigin(headers: HeaderReader, env: { PUBLIC_URL?: string } = getEnv()): string {
  if (env.PUBLIC_URL) return new URL(env.PUBLIC_URL).origin;
  const proto = headers.get("x-forwarded-proto")?.split(",")[0]?.trim() === "https" ? "https" : "http";
  const host = headers.get("x-forwarded-host")?.split(",")[0]?.trim() || headers.get("host") || "localhost";
  return new URL(`${proto}://${host}`).origin;
}

/** True when the public URL is https: cookies are then Secure (Auth.js's __Secure- cookies). */
export function publicUrlIsHttps(env: { PUBLIC_URL?: string; AUTH_URL?: string } = getEnv()): boolean {
  const url = env.PUBLIC_URL ?? env.AUTH_URL;
  return !!url && url.startsWith("https:");
}

// What the launcher's front server tells Next.js about the browser's request: the client's
// address (src/server/net/client-address.ts) and the origin the browser used (X-Forwarded-Proto,
// X-Forwarded-Host), so that every absolute URL and redirect Next.js builds uses the public
// origin, never the internal port Next.js listens on (docs/operations.md "Sessions and security").
import type { IncomingMessage } from "node:http";
import { isIP, type BlockList } from "node:net";
import { getEnv } from "../env";
import { normaliseAddress, parseTrustedProxies, resolveClientAddress } from "./client-address";

let trustedCache: BlockList | undefined;

/** TRUSTED_PROXIES of this process's environment, parsed once. */
export function trustedProxies(): BlockList {
  trustedCache ??= parseTrustedProxies(getEnv().TRUSTED_PROXIES);
  return trustedCache;
}

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v)?.split(",")[0]?.trim() || undefined;

/**
 * Headers to set on the request passed to Next.js (replacing what the client sent):
 * x-forwarded-for (the resolved client), x-forwarded-proto and x-forwarded-host (taken from a
 * trusted proxy when the connection comes from one, else this connection's: http and Host).
 */
export function forwardingHeaders(req: IncomingMessage, trusted: BlockList = trustedProxies()): Record<string, string | undefined> {
  const remote = normaliseAddress(req.socket.remoteAddress);
  const viaProxy = remote !== undefined && isIP(remote) !== 0 && trusted.check(remote, isIP(remote) === 4 ? "ipv4" : "ipv6");
  const proto = (viaProxy ? first(req.headers["x-forwarded-proto"]) : undefined) ?? "http";
  const host = (viaProxy ? first(req.headers["x-forwarded-host"]) : undefined) ?? req.headers.host ?? "";
  return {
    "x-forwarded-for": resolveClientAddress({ remoteAddress: remote, forwardedFor: req.headers["x-forwarded-for"], trusted }) ?? "",
    "x-forwarded-proto": proto === "https" ? "https" : "http",
    "x-forwarded-host": host,
    // Only the front server's own resolution counts on the Next.js side.
    "x-real-ip": undefined,
  };
}

/** The origin the browser used for this request (PUBLIC_URL when configured). */
export function requestPublicOrigin(req: IncomingMessage, trusted: BlockList = trustedProxies()): string {
  const configured = getEnv().PUBLIC_URL;
  if (configured) return new URL(configured).origin;
  const h = forwardingHeaders(req, trusted);
  try {
    return new URL(`${h["x-forwarded-proto"]}://${h["x-forwarded-host"] || "localhost"}`).origin;
  } catch {
    return "http://localhost";
  }
}

/**
 * A response's Location (or x-action-redirect) as the browser must see it: an absolute URL that
 * names the internal Next.js server (127.0.0.1 or localhost on `internalPort`) gets the public
 * origin instead; anything else is returned unchanged.
 */
export function publicLocation(location: string, options: { internalPort: number; publicOrigin: string }): string {
  const match = /^https?:\/\/(?:127\.0\.0\.1|localhost|\[::1\]):(\d+)(?=[/?#]|$)/i.exec(location);
  if (!match || Number(match[1]) !== options.internalPort) return location;
  return options.publicOrigin + location.slice(match[0].length);
}

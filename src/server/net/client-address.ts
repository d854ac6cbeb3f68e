// The client's address, in one place for every entry point: the front server (which passes it to
// Next.js), Auth.js sign-in (the sign-in limit) and certificate verification (its rate limit).
//
// X-Forwarded-For is believed only as far as it was written by a trusted proxy: the launcher's
// front server starts from the connection's address and, while that address is one of
// TRUSTED_PROXIES (comma-separated IP addresses or CIDR ranges, e.g. "10.0.0.5,192.168.0.0/24";
// empty: none), steps one entry left in X-Forwarded-For. The first untrusted address is the
// client. It then sends Next.js exactly one X-Forwarded-For value, which the Next.js side reads
// (`forwardedClientAddress`). Without a front server (`npm run dev`) the header is taken as sent.
import { BlockList, isIP } from "node:net";

/** "::ffff:10.0.0.1" → "10.0.0.1"; other addresses unchanged; "" → undefined. */
export function normaliseAddress(address: string | undefined | null): string | undefined {
  const a = address?.trim();
  if (!a) return undefined;
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(a);
  return mapped ? mapped[1] : a;
}

/**
 * Parses TRUSTED_PROXIES. Throws an Error naming the entry when one is neither an IP address nor
 * a CIDR range (the launcher stops with that message).
 */
export function parseTrustedProxies(value: string | undefined): BlockList {
  const list = new BlockList();
  for (const raw of (value ?? "").split(",")) {
    const entry = raw.trim();
    if (!entry) continue;
    const [ip, bits] = entry.split("/");
    const family = isIP(ip ?? "");
    const prefix = bits === undefined ? undefined : Number(bits);
    if (family === 0 || (prefix !== undefined && (!Number.isInteger(prefix) || prefix < 0 || prefix > (family === 4 ? 32 : 128)))) {
      throw new Error(`TRUSTED_PROXIES: "${entry}" is not an IP address or CIDR range (e.g. 10.0.0.5 or 10.0.0.0/8)`);
    }
    const type = family === 4 ? "ipv4" : "ipv6";
    if (prefix === undefined) list.addAddress(ip!, type);
    else list.addSubnet(ip!, prefix, type);
  }
  return list;
}

function isTrusted(trusted: BlockList, address: string): boolean {
  const family = isIP(address);
  return family !== 0 && trusted.check(address, family === 4 ? "ipv4" : "ipv6");
}

/**
 * The client of a connection: `remoteAddress` unless it is a trusted proxy, in which case the
 * X-Forwarded-For entries are walked from the right while they are trusted proxies too. Returns
 * undefined only without any address.
 */
export function resolveClientAddress(options: { remoteAddress: string | undefined; forwardedFor: string | string[] | undefined; trusted: BlockList }): string | undefined {
  let current = normaliseAddress(options.remoteAddress);
  const header = Array.isArray(options.forwardedFor) ? options.forwardedFor.join(",") : (options.forwardedFor ?? "");
  const hops = header
    .split(",")
    .map((h) => normaliseAddress(h))
    .filter((h): h is string => !!h && isIP(h) !== 0);
  while (current && isTrusted(options.trusted, current) && hops.length > 0) current = hops.pop();
  return current;
}

/**
 * On the Next.js side: the address the front server resolved (the last X-Forwarded-For entry, the
 * one the nearest proxy wrote), else X-Real-IP; undefined when neither is set.
 */
export function forwardedClientAddress(headers: { get(name: string): string | null }): string | undefined {
  const hops = (headers.get("x-forwarded-for") ?? "").split(",").map((h) => h.trim()).filter(Boolean);
  return normaliseAddress(hops.at(-1) ?? headers.get("x-real-ip"));
}

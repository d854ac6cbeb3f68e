import type { IncomingMessage } from "node:http";
import { describe, expect, it } from "vitest";
import { forwardedClientAddress, normaliseAddress, parseTrustedProxies, resolveClientAddress } from "@/server/net/client-address";
import { forwardingHeaders } from "@/server/net/forwarding";

const trusted = parseTrustedProxies("10.0.0.5, 192.168.0.0/24, ::1");

describe("client address behind trusted proxies", () => {
  it("ignores X-Forwarded-For from an untrusted connection", () => {
    expect(resolveClientAddress({ remoteAddress: "203.0.113.7", forwardedFor: "1.2.3.4", trusted })).toBe("203.0.113.7");
    expect(resolveClientAddress({ remoteAddress: "::ffff:203.0.113.7", forwardedFor: undefined, trusted: parseTrustedProxies("") })).toBe("203.0.113.7");
  });

  it("walks X-Forwarded-For from the right through trusted proxies only", () => {
    expect(resolveClientAddress({ remoteAddress: "10.0.0.5", forwardedFor: "6.6.6.6, 198.51.100.2", trusted })).toBe("198.51.100.2");
    expect(resolveClientAddress({ remoteAddress: "10.0.0.5", forwardedFor: "6.6.6.6, 198.51.100.2, 192.168.0.9", trusted })).toBe("198.51.100.2");
    // A forged left-most entry never wins over the first untrusted hop.
    expect(resolveClientAddress({ remoteAddress: "::1", forwardedFor: ["6.6.6.6", "198.51.100.2"], trusted })).toBe("198.51.100.2");
    // Garbage entries are skipped; all-trusted chains end at the left-most address.
    expect(resolveClientAddress({ remoteAddress: "10.0.0.5", forwardedFor: "not-an-ip, 192.168.0.3", trusted })).toBe("192.168.0.3");
  });

  it("refuses a malformed TRUSTED_PROXIES entry, naming it", () => {
    expect(() => parseTrustedProxies("10.0.0.1, proxy.local")).toThrow(/proxy\.local/);
    expect(() => parseTrustedProxies("10.0.0.0/33")).toThrow(/10\.0\.0\.0\/33/);
  });

  it("reads the front server's value on the Next.js side", () => {
    expect(forwardedClientAddress(new Headers({ "x-forwarded-for": "1.1.1.1, 2.2.2.2" }))).toBe("2.2.2.2");
    expect(forwardedClientAddress(new Headers({ "x-real-ip": "3.3.3.3" }))).toBe("3.3.3.3");
    expect(forwardedClientAddress(new Headers())).toBeUndefined();
    expect(normaliseAddress("  ")).toBeUndefined();
  });

  it("tells Next.js the browser's origin, from a trusted proxy's headers only", () => {
    const req = (remote: string, headers: Record<string, string>) => ({ socket: { remoteAddress: remote }, headers }) as unknown as IncomingMessage;
    const direct = forwardingHeaders(req("203.0.113.7", { host: "exam.local:3000", "x-forwarded-proto": "https", "x-forwarded-host": "evil.example", "x-forwarded-for": "9.9.9.9" }), trusted);
    expect(direct).toEqual({ "x-forwarded-for": "203.0.113.7", "x-forwarded-proto": "http", "x-forwarded-host": "exam.local:3000", "x-real-ip": undefined });
    const proxied = forwardingHeaders(req("10.0.0.5", { host: "127.0.0.1:3000", "x-forwarded-proto": "https", "x-forwarded-host": "exam.example.edu.cn", "x-forwarded-for": "198.51.100.2" }), trusted);
    expect(proxied).toMatchObject({ "x-forwarded-for": "198.51.100.2", "x-forwarded-proto": "https", "x-forwarded-host": "exam.example.edu.cn" });
  });
});

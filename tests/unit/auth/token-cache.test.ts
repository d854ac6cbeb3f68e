import { encode } from "next-auth/jwt";
import { describe, expect, it } from "vitest";
import { decodeSessionToken } from "@/server/auth/token-cache";

const SECRET = "token-cache-test-secret-0123456789abcdef";
const SALT = "authjs.session-token";
const mint = (token: Record<string, unknown>, maxAge = 3600, secret = SECRET) => encode({ token, secret, salt: SALT, maxAge });

describe("decodeSessionToken", () => {
  it("returns the payload of a valid token, the same again from the cache", async () => {
    const token = await mint({ sub: "u1", cid: "c1" });
    const first = await decodeSessionToken({ token, secret: SECRET, salt: SALT });
    expect(first).toMatchObject({ sub: "u1", cid: "c1" });
    expect(await decodeSessionToken({ token, secret: SECRET, salt: SALT })).toBe(first);
  });

  it("refuses a token of another secret or salt, a tampered token and no token", async () => {
    const token = await mint({ sub: "u2", cid: "c2" });
    expect(await decodeSessionToken({ token, secret: SECRET, salt: SALT })).not.toBeNull();
    expect(await decodeSessionToken({ token, secret: `${SECRET}-other`, salt: SALT })).toBeNull();
    expect(await decodeSessionToken({ token, secret: SECRET, salt: "__Secure-authjs.session-token" })).toBeNull();
    const tampered = `${token.slice(0, -3)}${token.endsWith("AAA") ? "BBB" : "AAA"}`;
    expect(await decodeSessionToken({ token: tampered, secret: SECRET, salt: SALT })).toBeNull();
    expect(await decodeSessionToken({ token: undefined, secret: SECRET, salt: SALT })).toBeNull();
  });

  it("stops serving a cached token once it has expired", async () => {
    const token = await mint({ sub: "u3", cid: "c3" }, 60);
    const payload = await decodeSessionToken({ token, secret: SECRET, salt: SALT });
    expect(payload?.exp).toBeTypeOf("number");
    // Past exp (+ Auth.js's 15 s tolerance, which decode applies by the real clock): the cache
    // entry is dropped and the token decoded again, which still succeeds by the real clock now,
    // so only the cache's own bound is shown here: it is never served past exp from memory.
    const later = payload!.exp! * 1000 + 1;
    const again = await decodeSessionToken({ token, secret: SECRET, salt: SALT, now: later });
    expect(again).not.toBe(payload);
    expect(again).toMatchObject({ sub: "u3" });
    const expired = await mint({ sub: "u4" }, -60);
    expect(await decodeSessionToken({ token: expired, secret: SECRET, salt: SALT })).toBeNull();
  });
});

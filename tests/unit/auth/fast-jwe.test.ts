import { decode, encode } from "next-auth/jwt";
import { describe, expect, it } from "vitest";
import { decryptSessionToken } from "@/server/auth/fast-jwe";

const SECRET = "fast-jwe-test-secret-0123456789abcdef";
const SALT = "authjs.session-token";

describe("decryptSessionToken (Auth.js session tokens without WebCrypto)", () => {
  it("gives exactly what Auth.js's decode gives for the tokens Auth.js issues", async () => {
    for (const claims of [{ sub: "u1", cid: "c1", name: "考生甲" }, { sub: "u2", cid: null, name: "管理员", roles: ["ADMIN"] }]) {
      const token = await encode({ token: claims, secret: SECRET, salt: SALT, maxAge: 3600 });
      const ours = decryptSessionToken(token, { secret: SECRET, salt: SALT });
      expect(ours).toEqual(await decode({ token, secret: SECRET, salt: SALT }));
      expect(ours).toMatchObject(claims);
    }
  });

  it("refuses another secret or salt, any changed part, and a token past exp + 15 s", async () => {
    const token = await encode({ token: { sub: "u3" }, secret: SECRET, salt: SALT, maxAge: 60 });
    expect(decryptSessionToken(token, { secret: `${SECRET}x`, salt: SALT })).toBeNull();
    expect(decryptSessionToken(token, { secret: SECRET, salt: "__Secure-authjs.session-token" })).toBeNull();
    const parts = token.split(".");
    for (const i of [2, 3, 4]) {
      const p = [...parts];
      const b = Buffer.from(p[i]!, "base64url");
      b[0] = b[0]! ^ 1;
      p[i] = b.toString("base64url");
      expect(decryptSessionToken(p.join("."), { secret: SECRET, salt: SALT })).toBeNull();
    }
    const payload = decryptSessionToken(token, { secret: SECRET, salt: SALT }) as { exp: number };
    expect(decryptSessionToken(token, { secret: SECRET, salt: SALT, now: (payload.exp + 14) * 1000 })).not.toBeNull();
    expect(decryptSessionToken(token, { secret: SECRET, salt: SALT, now: (payload.exp + 16) * 1000 })).toBeNull();
  });

  it("leaves other forms to Auth.js (unsupported), and a changed key id is refused", async () => {
    const token = await encode({ token: { sub: "u4" }, secret: SECRET, salt: SALT, maxAge: 60 });
    const [h, ...rest] = token.split(".");
    const header = JSON.parse(Buffer.from(h!, "base64url").toString()) as Record<string, unknown>;
    const withHeader = (x: Record<string, unknown>) => [Buffer.from(JSON.stringify(x)).toString("base64url"), ...rest].join(".");
    expect(decryptSessionToken(withHeader({ ...header, enc: "A256GCM" }), { secret: SECRET, salt: SALT })).toBe("unsupported");
    expect(decryptSessionToken("a.b.c", { secret: SECRET, salt: SALT })).toBe("unsupported");
    expect(decryptSessionToken(withHeader({ ...header, kid: "other" }), { secret: SECRET, salt: SALT })).toBeNull();
  });
});

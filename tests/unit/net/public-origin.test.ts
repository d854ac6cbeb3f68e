// Fault 6 (issue 12): every absolute URL and redirect names the public origin the browser used,
// never the internal port Next.js listens on; the language switch returns to the page it was on.
import { describe, expect, it } from "vitest";
import { publicLocation } from "@/server/net/forwarding";
import { publicOrigin, publicUrlIsHttps } from "@/server/net/public-origin";
import { safeReturnPath } from "@/server/set-locale";

describe("public origin", () => {
  it("prefers PUBLIC_URL, else the forwarded origin, else Host", () => {
    const h = new Headers({ host: "127.0.0.1:41234", "x-forwarded-host": "192.168.1.10:3000", "x-forwarded-proto": "http" });
    expect(publicOrigin(h, {})).toBe("http://192.168.1.10:3000");
    expect(publicOrigin(h, { PUBLIC_URL: "https://exam.example.edu.cn/" })).toBe("https://exam.example.edu.cn");
    expect(publicOrigin(new Headers({ host: "localhost:3000" }), {})).toBe("http://localhost:3000");
    expect(publicUrlIsHttps({ PUBLIC_URL: "https://exam.example.edu.cn" })).toBe(true);
    expect(publicUrlIsHttps({ AUTH_URL: "http://localhost:3000" })).toBe(false);
    expect(publicUrlIsHttps({})).toBe(false);
  });

  it("rewrites a Location that names the internal Next.js port, and nothing else", () => {
    const o = { internalPort: 41234, publicOrigin: "http://192.168.1.10:3000" };
    expect(publicLocation("http://localhost:41234/exam/a1?x=1", o)).toBe("http://192.168.1.10:3000/exam/a1?x=1");
    expect(publicLocation("http://127.0.0.1:41234", o)).toBe("http://192.168.1.10:3000");
    expect(publicLocation("http://localhost:412345/x", o)).toBe("http://localhost:412345/x");
    expect(publicLocation("http://localhost:3000/x", o)).toBe("http://localhost:3000/x");
    expect(publicLocation("/me", o)).toBe("/me");
    expect(publicLocation("https://other.example/x", o)).toBe("https://other.example/x");
  });

  it("the language switch goes back to the same-origin page it was used on, else home", () => {
    const origin = "http://192.168.1.10:3000";
    expect(safeReturnPath("http://192.168.1.10:3000/exam/attempts/a1?q=2", origin)).toBe("/exam/attempts/a1?q=2");
    expect(safeReturnPath("http://evil.example/exam", origin)).toBe("/");
    expect(safeReturnPath("not a url", origin)).toBe("/");
    expect(safeReturnPath(null, origin)).toBe("/");
  });
});

// Server actions are entry points too, and the HTTP matrix cannot reach them by URL. Every
// exported action in a "use server" file must check its caller itself (requireApiUser /
// getCurrentUser), unless it is listed here as public with the reason.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const PUBLIC_ACTIONS: Record<string, string> = {
  "app/signin/actions.ts#signInAction": "it is the sign-in; rate-limited by the credentials provider",
  "app/signout/actions.ts#signOutAction": "signing out needs no permission",
};

function serverActionFiles(dir: string): string[] {
  const out: string[] = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...serverActionFiles(p));
    else if (/\.tsx?$/.test(e.name) && /^["']use server["']/m.test(fs.readFileSync(p, "utf8"))) out.push(p);
  }
  return out;
}

describe("server actions authorize themselves", () => {
  const root = path.resolve(import.meta.dirname, "../../..");
  const files = [...serverActionFiles(path.join(root, "app")), ...serverActionFiles(path.join(root, "src"))];

  it("finds the server actions", () => {
    expect(files.length).toBeGreaterThanOrEqual(4);
  });

  for (const file of files) {
    const rel = path.relative(root, file);
    const src = fs.readFileSync(file, "utf8");
    const actions = [...src.matchAll(/export async function (\w+)\s*\(/g)].map((m) => m[1]!);
    for (const name of actions) {
      it(`${rel}#${name}`, () => {
        if (`${rel}#${name}` in PUBLIC_ACTIONS) return expect(PUBLIC_ACTIONS[`${rel}#${name}`]).toBeTruthy();
        const start = src.indexOf(`export async function ${name}`);
        const next = src.indexOf("export ", start + 10);
        const body = src.slice(start, next === -1 ? undefined : next);
        expect(body).toMatch(/\b(requireApiUser|getCurrentUser)\(/);
      });
    }
  }
});

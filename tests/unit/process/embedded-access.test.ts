// Fault 5 (issue 12): as root, the embedded PostgreSQL runs as the `postgres` user, who cannot
// enter a private folder (mode 0700). The check names the folder on real directories.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { checkPostgresCanReach, firstUnreachableFolder } from "@/server/db/embedded-access";

const base = fs.mkdtempSync(path.join(os.tmpdir(), "pg-access-"));
afterAll(() => fs.rmSync(base, { recursive: true, force: true }));
fs.chmodSync(base, 0o755);
const other = { uid: 4_000_001, gid: 4_000_001 }; // owns nothing here: only "others" bits count

describe("firstUnreachableFolder", () => {
  it("finds a 0700 folder on the way to a data folder (also one not created yet)", () => {
    const home = path.join(base, "home");
    fs.mkdirSync(path.join(home, "clone"), { recursive: true });
    fs.chmodSync(home, 0o700);
    expect(firstUnreachableFolder(path.join(home, "clone", ".data", "pg"), other)).toBe(home);
    expect(() => checkPostgresCanReach([path.join(home, "clone", ".data", "pg")], other)).toThrow(/无法进入目录 .*home（权限 700）[\s\S]*cannot enter .*home \(mode 700\)[\s\S]*DATABASE_URL/);
  });

  it("accepts folders others can enter, and a 0700 folder the user owns", () => {
    const open = path.join(base, "open");
    fs.mkdirSync(path.join(open, "clone"), { recursive: true });
    fs.chmodSync(open, 0o711);
    expect(firstUnreachableFolder(path.join(open, "clone", ".data", "pg"), other)).toBeNull();
    const own = path.join(base, "own");
    fs.mkdirSync(own);
    fs.chmodSync(own, 0o700);
    const mine = { uid: fs.statSync(own).uid, gid: fs.statSync(own).gid };
    expect(firstUnreachableFolder(own, mine)).toBeNull();
    expect(firstUnreachableFolder(own, other)).toBe(own);
  });
});

// Issue 12, fault 5: as root, with the data folder inside a private (0700) folder such as a root
// home directory, `npm start` used to crash with an unhandled `spawn … initdb EACCES` stack
// trace, because the embedded server runs as the `postgres` user. Now it stops at once with a
// message that names the folder and what to do, and no stack trace. (CI runs as root.)
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { root } from "./harness";

const privateHome = fs.mkdtempSync(path.join(os.tmpdir(), "private-home-"));
afterAll(() => fs.rmSync(privateHome, { recursive: true, force: true }));

describe("fault 5: npm start as root in a private folder", () => {
  it("stops with a clear message naming the folder, exit code 1, no stack trace", async () => {
    expect(process.getuid?.(), "this regression test needs root, as the fault does (CI runs as root)").toBe(0);
    fs.chmodSync(privateHome, 0o700);
    const dataDir = path.join(privateHome, "clone", ".data");
    const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir, PORT: "3122", EMBEDDED_PG_PORT: "54422" };
    delete env.DATABASE_URL;
    const child = spawn(process.execPath, ["--import", "tsx", path.join(root, "scripts", "start.ts"), "--no-build"], { cwd: root, env, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.setEncoding("utf8").on("data", (d: string) => (output += d));
    child.stderr.setEncoding("utf8").on("data", (d: string) => (output += d));
    const code = await new Promise<number | null>((resolve) => child.once("exit", resolve));
    expect(code).toBe(1);
    expect(output).toContain(`无法进入目录 ${privateHome}（权限 700）`);
    expect(output).toContain(`cannot enter ${privateHome} (mode 700)`);
    expect(output).toMatch(/DATABASE_URL/);
    expect(output).not.toMatch(/EACCES|\n\s+at /);
    expect(fs.existsSync(path.join(dataDir, "pg", "PG_VERSION"))).toBe(false);
  });
});

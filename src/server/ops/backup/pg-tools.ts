// Finding PostgreSQL's client programs (pg_dump, pg_restore) that can serve a given server.
// pg_dump refuses a server newer than itself ("aborting because of server version mismatch"),
// so a tool is usable only when its major version is at least the server's. The embedded
// PostgreSQL package ships no client programs; then the caller falls back to the snapshot dump.
// See docs/operations.md, "Backups and restore".
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { currentProcessEnv } from "../../env";

export type PgTool = { path: string; major: number };

/** Major version of a PostgreSQL client program (`pg_dump --version`), or null when it does not run. */
export function toolMajor(file: string): number | null {
  const out = spawnSync(file, ["--version"], { encoding: "utf8" });
  if (out.status !== 0) return null;
  const match = /\(PostgreSQL\)\s+(\d+)/.exec(out.stdout);
  return match ? Number(match[1]) : null;
}

/** Folders that may hold client programs: PG_BIN_DIR, PATH, then Debian's and RPM's versioned folders. */
function candidateFolders(binDir: string | undefined): string[] {
  const folders: string[] = [];
  if (binDir) folders.push(binDir);
  folders.push(...(currentProcessEnv().PATH ?? "").split(path.delimiter).filter(Boolean));
  for (const base of ["/usr/lib/postgresql", "/usr/pgsql"]) {
    try {
      for (const v of fs.readdirSync(base)) folders.push(path.join(base, v, "bin"));
    } catch {
      // not there
    }
  }
  for (const entry of safeReaddir("/usr")) if (/^pgsql-\d+$/.test(entry)) folders.push(path.join("/usr", entry, "bin"));
  return folders;
}

function safeReaddir(dir: string): string[] {
  try {
    return fs.readdirSync(dir);
  } catch {
    return [];
  }
}

/**
 * The newest copy of `program` ("pg_dump" or "pg_restore") whose major version is >= `serverMajor`,
 * or null when none is installed. `binDir` (PG_BIN_DIR) is searched first.
 */
export function findPgTool(program: "pg_dump" | "pg_restore", serverMajor: number, binDir?: string): PgTool | null {
  let best: PgTool | null = null;
  const seen = new Set<string>();
  for (const folder of candidateFolders(binDir)) {
    const file = path.join(folder, program);
    if (seen.has(file) || !fs.existsSync(file)) continue;
    seen.add(file);
    const major = toolMajor(file);
    if (major === null || major < serverMajor) continue;
    if (!best || major > best.major) best = { path: file, major };
  }
  return best;
}

// The backup archive's manifest (manifest.json at the archive's root) and file hashing.
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { pipeline } from "node:stream/promises";

export const MANIFEST_FORMAT = "skills-assessment-backup";

export type BackupEntry = { path: string; size: number; sha256: string };

export type BackupManifest = {
  format: typeof MANIFEST_FORMAT;
  version: 1;
  /** ISO time the backup was taken. */
  createdAt: string;
  /** "pg_dump": database/dump.pgc (custom format); "snapshot": database/ as written by snapshot.ts. */
  method: "pg_dump" | "snapshot";
  /** The server that was backed up, e.g. { version: "17.6", major: 17 }; the pg_dump used, if any. */
  server: { version: string; major: number };
  pgDump?: { major: number };
  /** Applied migrations, in order. */
  migrations: string[];
  /** Rows per public table, from the same snapshot as the dump. */
  tables: Record<string, number>;
  /** Uploaded files: "folder" = under files/ in the archive; "s3" = not included (the bucket keeps them). */
  files: { driver: "folder" | "s3"; count: number; bytes: number };
  /** Every other file in the archive with its size (bytes) and SHA-256 (hex). */
  entries: BackupEntry[];
};

export async function sha256File(file: string): Promise<{ size: number; sha256: string }> {
  const hash = createHash("sha256");
  let size = 0;
  await pipeline(fs.createReadStream(file), async function* (source: AsyncIterable<Buffer>) {
    for await (const chunk of source) {
      size += chunk.length;
      hash.update(chunk);
    }
  });
  return { size, sha256: hash.digest("hex") };
}

/** Regular files under `root`, as `/`-separated relative paths, sorted; `skip` names top-level folders to leave out. */
export function listFiles(root: string, skip: string[] = []): string[] {
  const out: string[] = [];
  const walk = (rel: string) => {
    for (const d of fs.readdirSync(path.join(root, rel), { withFileTypes: true })) {
      const r = rel ? `${rel}/${d.name}` : d.name;
      if (!rel && skip.includes(d.name)) continue;
      if (d.isDirectory()) walk(r);
      else if (d.isFile()) out.push(r);
    }
  };
  if (fs.existsSync(root)) walk("");
  return out.sort();
}

/** Hashes of the given files under `root`, each entry's path prefixed with `prefix`. */
export async function hashEntries(root: string, files: string[], prefix: string): Promise<BackupEntry[]> {
  const entries: BackupEntry[] = [];
  for (const f of files) entries.push({ path: `${prefix}${f}`, ...(await sha256File(path.join(root, f))) });
  return entries;
}

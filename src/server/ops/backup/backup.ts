// Taking a backup: one archive (uncompressed tar) holding manifest.json, the database dump under
// database/ and the uploaded files under files/, every file listed with its SHA-256.
//
// The database goes first, then the files: a stored file is written before the row that names it
// and is never changed afterwards (docs/storage.md: new key per upload), so every file the
// database snapshot refers to exists when the files are copied.
//
// Method: pg_dump (custom format) when a pg_dump at least as new as the server is installed,
// in the same snapshot that the row counts were read from (pg_export_snapshot); otherwise the
// snapshot dump (snapshot.ts). See docs/operations.md, "Backups and restore".
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import * as tar from "tar";
import { hashEntries, listFiles, MANIFEST_FORMAT, type BackupManifest } from "./manifest";
import { findPgTool } from "./pg-tools";
import { countRows, dumpSnapshot } from "./snapshot";

export type BackupOptions = {
  databaseUrl: string;
  /** The folder driver's folder; null when files live in S3 (not included). */
  storageDir: string | null;
  /** The archive to write (atomically: it appears complete or not at all). */
  outFile: string;
  /** The repository's prisma/migrations. */
  migrationsDir: string;
  method?: "auto" | "pg_dump" | "snapshot";
  /** PG_BIN_DIR: a folder to look for pg_dump in first. */
  pgBinDir?: string;
  now: Date;
};

export async function serverVersion(client: pg.Client): Promise<{ version: string; major: number }> {
  const { rows } = await client.query<{ v: string; n: string }>("SELECT current_setting('server_version') AS v, current_setting('server_version_num') AS n");
  return { version: rows[0]!.v.split(" ")[0]!, major: Math.floor(Number(rows[0]!.n) / 10000) };
}

/**
 * Writes a backup of the database at `databaseUrl` and the files under `storageDir` to `outFile`.
 * Returns its manifest. Throws (and leaves no archive) when the dump fails, or when method
 * "pg_dump" is asked for and no compatible pg_dump is installed.
 */
export async function createBackup(options: BackupOptions): Promise<BackupManifest> {
  const staging = `${options.outFile}.partial`;
  const tarFile = `${options.outFile}.partial.tar`;
  fs.rmSync(staging, { recursive: true, force: true });
  fs.rmSync(tarFile, { force: true });
  fs.mkdirSync(path.join(staging, "database"), { recursive: true });
  const client = new pg.Client({ connectionString: options.databaseUrl });
  await client.connect();
  try {
    const server = await serverVersion(client);
    const dump = options.method === "snapshot" ? null : findPgTool("pg_dump", server.major, options.pgBinDir);
    if (options.method === "pg_dump" && !dump) throw new Error(`no pg_dump of PostgreSQL ${server.major} or newer is installed (set PG_BIN_DIR)`);

    let tables: Record<string, number>;
    let migrations: string[];
    if (dump) {
      await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
      const { rows } = await client.query<{ id: string }>("SELECT pg_export_snapshot() AS id");
      tables = await countRows(client);
      migrations = "_prisma_migrations" in tables
        ? (await client.query<{ m: string }>("SELECT migration_name AS m FROM public._prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY 1")).rows.map((r) => r.m)
        : [];
      const out = spawnSync(dump.path, ["--format=custom", "--no-owner", "--no-privileges", `--snapshot=${rows[0]!.id}`, "--file", path.join(staging, "database", "dump.pgc"), `--dbname=${options.databaseUrl}`], {
        encoding: "utf8",
      });
      await client.query("COMMIT");
      if (out.status !== 0) throw new Error(`pg_dump failed: ${out.stderr.trim()}`);
    } else {
      ({ tables, migrations } = await dumpSnapshot(client, path.join(staging, "database"), options.migrationsDir));
    }

    const dbFiles = listFiles(staging);
    const files = options.storageDir ? listFiles(options.storageDir, [".tmp"]) : [];
    const fileEntries = options.storageDir ? await hashEntries(options.storageDir, files, "files/") : [];
    const manifest: BackupManifest = {
      format: MANIFEST_FORMAT,
      version: 1,
      createdAt: options.now.toISOString(),
      method: dump ? "pg_dump" : "snapshot",
      server,
      ...(dump ? { pgDump: { major: dump.major } } : {}),
      migrations,
      tables,
      files: { driver: options.storageDir ? "folder" : "s3", count: files.length, bytes: fileEntries.reduce((s, e) => s + e.size, 0) },
      entries: [...(await hashEntries(staging, dbFiles, "")), ...fileEntries],
    };
    fs.writeFileSync(path.join(staging, "manifest.json"), JSON.stringify(manifest, null, 1));

    await tar.c({ file: tarFile, cwd: staging, portable: true }, ["manifest.json", ...dbFiles]);
    if (files.length) await tar.r({ file: tarFile, cwd: options.storageDir!, prefix: "files", portable: true }, files);
    fs.chmodSync(tarFile, 0o600); // password hashes and candidates' data: the owner only
    fs.renameSync(tarFile, options.outFile);
    return manifest;
  } finally {
    await client.end().catch(() => {});
    fs.rmSync(staging, { recursive: true, force: true });
    fs.rmSync(tarFile, { force: true });
  }
}

// Operations wired into the launcher (scripts/start.ts): a backup before pending migrations,
// and the embedded default's daily backups. See docs/operations.md.
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { createBackup } from "../../src/server/ops/backup/backup";
import { backupFileName, pruneBackups, scheduleDaily } from "../../src/server/ops/backup/schedule";
import type { Env } from "../../src/server/env";

export function backupDir(env: Env, root: string): string {
  return path.resolve(root, env.BACKUP_DIR ?? path.join(env.DATA_DIR, "backups"));
}

/** The folder driver's folder (STORAGE_DIR, else <DATA_DIR>/files), or null with the S3 driver. */
export function filesDir(env: Env, root: string): string | null {
  if (env.STORAGE_DRIVER === "s3") return null;
  return path.resolve(root, env.STORAGE_DIR ?? path.join(env.DATA_DIR, "files"));
}

/** Writes a backup of `kind` into the backup folder; returns the archive's path and its manifest. */
export async function takeBackup(options: { env: Env; root: string; databaseUrl: string; kind: "daily" | "manual" | "pre-migrate"; outFile?: string; method?: "auto" | "pg_dump" | "snapshot" }) {
  const now = new Date();
  const dir = backupDir(options.env, options.root);
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  const file = options.outFile ? path.resolve(options.outFile) : path.join(dir, backupFileName(options.kind, now));
  const manifest = await createBackup({
    databaseUrl: options.databaseUrl,
    storageDir: filesDir(options.env, options.root),
    outFile: file,
    migrationsDir: path.join(options.root, "prisma", "migrations"),
    method: options.method,
    pgBinDir: options.env.PG_BIN_DIR,
    now,
  });
  return { file, manifest };
}

/** Names of committed migrations not yet applied to the database; null when it has never been migrated. */
export async function pendingMigrations(databaseUrl: string, root: string): Promise<string[] | null> {
  const committed = fs
    .readdirSync(path.join(root, "prisma", "migrations"), { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name);
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const exists = await client.query("SELECT 1 FROM pg_tables WHERE schemaname = 'public' AND tablename = '_prisma_migrations'");
    if (exists.rowCount === 0) return null;
    const { rows } = await client.query<{ m: string }>("SELECT migration_name AS m FROM public._prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL");
    const applied = new Set(rows.map((r) => r.m));
    return committed.filter((m) => !applied.has(m)).sort();
  } finally {
    await client.end();
  }
}

/**
 * Before `prisma migrate deploy` on start: when the database has data and migrations are pending,
 * take a backup first (BACKUP_BEFORE_MIGRATE=0 skips it). A failed backup stops the start: the
 * migrations are not applied without one.
 */
export async function backupBeforeMigrations(options: { env: Env; root: string; databaseUrl: string; log: (line: string) => void }): Promise<string | null> {
  if (options.env.BACKUP_BEFORE_MIGRATE === "0") return null;
  const pending = await pendingMigrations(options.databaseUrl, options.root);
  if (!pending || pending.length === 0) return null;
  options.log(`${pending.length} pending migration(s): taking a backup first…`);
  try {
    const { file } = await takeBackup({ ...options, kind: "pre-migrate" });
    options.log(`backup before migrating: ${file}`);
    return file;
  } catch (error) {
    throw new Error(
      `the backup before applying migrations failed (${error instanceof Error ? error.message : String(error)}); ` +
        `fix it, or set BACKUP_BEFORE_MIGRATE=0 to migrate without one`,
    );
  }
}

/** Daily backups of the embedded database at BACKUP_HOUR, keeping BACKUP_KEEP. Returns stop(). */
export function startDailyBackups(options: { env: Env; root: string; databaseUrl: string; log: (line: string) => void }): () => void {
  if (options.env.BACKUP_HOUR < 0) return () => {};
  return scheduleDaily({
    hour: options.env.BACKUP_HOUR,
    run: async () => {
      const { file } = await takeBackup({ ...options, kind: "daily" });
      const gone = pruneBackups(backupDir(options.env, options.root), options.env.BACKUP_KEEP);
      options.log(`daily backup written: ${file}${gone.length ? ` (deleted ${gone.length} older)` : ""}`);
    },
    onError: (e) => options.log(`daily backup FAILED: ${e instanceof Error ? e.message : String(e)}`),
  });
}

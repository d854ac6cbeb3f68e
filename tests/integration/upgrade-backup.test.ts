// Upgrades: on start, pending migrations on a database with data are preceded by a backup.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { createThrowawayDatabase, withDatabase } from "@/server/db/embedded";
import { migrateDeploy } from "@/server/db/migrate";
import { parseEnv } from "@/server/env";
import { backupBeforeMigrations, pendingMigrations } from "../../scripts/lib/ops";

const root = path.resolve(import.meta.dirname, "../..");
const work = fs.mkdtempSync(path.join(os.tmpdir(), "upgrade-backup-"));
const drops: Array<() => Promise<void>> = [];
const env = (extra: Record<string, string> = {}) => parseEnv({ DATA_DIR: work, BACKUP_DIR: path.join(work, "backups"), STORAGE_DIR: path.join(work, "files"), ...extra });
const lines: string[] = [];
const log = (l: string) => lines.push(l);

afterAll(async () => {
  for (const d of drops) await d();
  fs.rmSync(work, { recursive: true, force: true });
});

async function database() {
  const db = await createThrowawayDatabase(withDatabase(process.env.DATABASE_URL!, "postgres"), "upgrade");
  drops.push(db.drop);
  return db.url;
}

describe("backup before migrations", () => {
  it("takes no backup of a new database or of one with nothing pending", { timeout: 120_000 }, async () => {
    const url = await database();
    expect(await pendingMigrations(url, root)).toBeNull();
    expect(await backupBeforeMigrations({ env: env(), root, databaseUrl: url, log })).toBeNull();
    migrateDeploy(url, root);
    expect(await pendingMigrations(url, root)).toEqual([]);
    expect(await backupBeforeMigrations({ env: env(), root, databaseUrl: url, log })).toBeNull();
    expect(fs.existsSync(path.join(work, "backups"))).toBe(false);
  });

  it("writes a pre-migrate backup first when migrations are pending, unless told not to", { timeout: 120_000 }, async () => {
    const url = await database();
    migrateDeploy(url, root);
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    await c.query(`INSERT INTO "User" (id, username, "displayName", roles, "updatedAt") VALUES ('u1', 'up-admin', '升级前', '{ADMIN}', now())`);
    // The newest migration "not yet applied": as after installing a newer version.
    const { rows } = await c.query<{ m: string }>(`DELETE FROM _prisma_migrations WHERE migration_name = (SELECT max(migration_name) FROM _prisma_migrations) RETURNING migration_name AS m`);
    await c.end();
    expect(await pendingMigrations(url, root)).toEqual([rows[0]!.m]);

    expect(await backupBeforeMigrations({ env: env({ BACKUP_BEFORE_MIGRATE: "0" }), root, databaseUrl: url, log })).toBeNull();
    const file = await backupBeforeMigrations({ env: env(), root, databaseUrl: url, log });
    expect(path.basename(file!)).toMatch(/^pre-migrate-\d{8}-\d{6}\.tar$/);
    expect(fs.statSync(file!).mode & 0o777).toBe(0o600);
    expect(lines.join("\n")).toContain("1 pending migration(s)");
  });
});

// Backups: a backup of a database with data and of a files folder, restored into a fresh
// database and an empty folder, gives the same rows per table and the same file hashes; a
// non-empty target or a damaged archive is refused with nothing written.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startAttempt } from "@/server/exam/start-attempt";
import { saveAnswer } from "@/server/exam/save-answer";
import { createThrowawayDatabase, startEmbeddedPostgres, withDatabase } from "@/server/db/embedded";
import { migrateDeploy } from "@/server/db/migrate";
import { createBackup, serverVersion } from "@/server/ops/backup/backup";
import { listFiles, sha256File } from "@/server/ops/backup/manifest";
import { findPgTool } from "@/server/ops/backup/pg-tools";
import { restoreBackup, RestoreRefused } from "@/server/ops/backup/restore";
import { countRows } from "@/server/ops/backup/snapshot";
import { FolderStorage } from "@/server/storage";
import { freePort } from "../../scripts/lib/front-server";
import { resetDatabase } from "./helpers/db";
import { createCandidate, makeProctor, publishedSession, seedBankAndPaper } from "./helpers/exam-fixture";
import { createStaff } from "./helpers/users";

const root = path.resolve(import.meta.dirname, "../..");
const migrationsDir = path.join(root, "prisma", "migrations");
const sourceUrl = process.env.DATABASE_URL!;
let work: string;
let filesDir: string;
const drops: Array<() => Promise<void>> = [];

async function rowsOf(url: string) {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return await countRows(c);
  } finally {
    await c.end();
  }
}

async function hashesOf(dir: string) {
  const out: Record<string, string> = {};
  for (const f of listFiles(dir, [".tmp"])) out[f] = (await sha256File(path.join(dir, f))).sha256;
  return out;
}

beforeAll(async () => {
  await resetDatabase();
  work = fs.mkdtempSync(path.join(os.tmpdir(), "backup-test-"));
  fs.chmodSync(work, 0o755); // the embedded server may run as the OS user postgres
  filesDir = path.join(work, "files");
  const admin = await createStaff("backup-admin");
  const paperId = await seedBankAndPaper(admin.id, new Date());
  const c1 = await createCandidate("备份考生一");
  const c2 = await createCandidate("备份考生二");
  const proctor = await makeProctor("backup-proctor");
  const { session, paperItems } = await publishedSession({ paperId, candidateIds: [c1.id, c2.id], proctorIds: [proctor.id] });
  const { attemptId } = await startAttempt({ candidateId: c1.id, sessionId: session.id });
  await saveAnswer({ attemptId, candidateId: c1.id, input: { itemVersionId: paperItems[0]!.itemVersionId, response: ["A"], seq: 1 } });
  const storage = new FolderStorage(filesDir);
  await storage.put("skill/s1/a1/d1/photo.png", Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 255]), { contentType: "image/png" });
  await storage.put("skill/s1/a1/d2/sheet.txt", Buffer.from("第一行\n第二行\n", "utf8"), { contentType: "text/plain" });
  await storage.put("materials/t1/big.bin", Buffer.alloc(300_000, 7), { contentType: "application/octet-stream" });
});

afterAll(async () => {
  for (const d of drops) await d().catch(() => {});
  fs.rmSync(work, { recursive: true, force: true });
});

async function freshDatabase(serverUrl = sourceUrl) {
  const db = await createThrowawayDatabase(withDatabase(serverUrl, "postgres"), "restore");
  drops.push(db.drop);
  return db.url;
}

describe("backup and restore", () => {
  for (const method of ["auto", "snapshot"] as const) {
    it(`restores a ${method} backup into a fresh database and folder with the same rows and file hashes`, async () => {
      const file = path.join(work, `${method}.tar`);
      const manifest = await createBackup({ databaseUrl: sourceUrl, storageDir: filesDir, outFile: file, migrationsDir, method, now: new Date() });
      const c = new pg.Client({ connectionString: sourceUrl });
      await c.connect();
      const major = (await serverVersion(c)).major;
      await c.end();
      expect(manifest.method).toBe(method === "snapshot" || !findPgTool("pg_dump", major) ? "snapshot" : "pg_dump");
      expect(manifest.files).toMatchObject({ driver: "folder", count: 3 });
      expect(manifest.tables.Answer).toBe(1);
      expect(fs.existsSync(`${file}.partial`)).toBe(false);

      const target = await freshDatabase();
      const targetFiles = path.join(work, `restored-${method}`);
      await restoreBackup({ file, databaseUrl: target, storageDir: targetFiles });
      const [before, after] = [await rowsOf(sourceUrl), await rowsOf(target)];
      expect(after).toEqual(before);
      expect(after).toEqual(manifest.tables);
      expect(Object.values(after).reduce((a, b) => a + b, 0)).toBeGreaterThan(10);
      expect(await hashesOf(targetFiles)).toEqual(await hashesOf(filesDir));
      expect(Object.keys(await hashesOf(targetFiles))).toHaveLength(3);
    });
  }

  it("refuses a database that is not empty and a files folder that is not empty, writing nothing", async () => {
    const file = path.join(work, "refuse.tar");
    await createBackup({ databaseUrl: sourceUrl, storageDir: filesDir, outFile: file, migrationsDir, method: "snapshot", now: new Date() });
    const before = await rowsOf(sourceUrl);
    const empty = path.join(work, "never-written");
    await expect(restoreBackup({ file, databaseUrl: sourceUrl, storageDir: empty })).rejects.toThrow(/不是空的.*not empty/);
    expect(await rowsOf(sourceUrl)).toEqual(before);
    expect(fs.existsSync(empty)).toBe(false);

    const target = await freshDatabase();
    await expect(restoreBackup({ file, databaseUrl: target, storageDir: filesDir })).rejects.toThrow(RestoreRefused);
    expect(await rowsOf(target)).toEqual({});
  });

  it("refuses a damaged archive before writing anything", async () => {
    const file = path.join(work, "damaged.tar");
    await createBackup({ databaseUrl: sourceUrl, storageDir: filesDir, outFile: file, migrationsDir, method: "snapshot", now: new Date() });
    const bytes = fs.readFileSync(file);
    const at = bytes.indexOf(Buffer.alloc(64, 7)); // inside materials/t1/big.bin
    expect(at).toBeGreaterThan(0);
    bytes[at] = 8;
    fs.writeFileSync(file, bytes);
    const target = await freshDatabase();
    const targetFiles = path.join(work, "damaged-files");
    await expect(restoreBackup({ file, databaseUrl: target, storageDir: targetFiles })).rejects.toThrow(/materials\/t1\/big\.bin/);
    expect(await rowsOf(target)).toEqual({});
    expect(fs.existsSync(targetFiles)).toBe(false);
  });

  it("backs up the embedded PostgreSQL (no pg_dump of its version) and restores it", { timeout: 120_000 }, async () => {
    const embedded = await startEmbeddedPostgres({ dataDir: path.join(work, "embedded"), port: await freePort() });
    drops.push(embedded.stop);
    const src = await freshDatabase(embedded.serverUrl);
    migrateDeploy(src, root);
    const c = new pg.Client({ connectionString: src });
    await c.connect();
    await c.query(`INSERT INTO "User" (id, username, "displayName", "passwordHash", roles, "updatedAt") VALUES ('u1', 'emb-admin', '内置管理员', 'x', '{ADMIN}', now())`);
    await c.end();
    const file = path.join(work, "embedded.tar");
    const manifest = await createBackup({ databaseUrl: src, storageDir: filesDir, outFile: file, migrationsDir, now: new Date() });
    expect(manifest.server.major).toBe(17);
    const target = await freshDatabase(embedded.serverUrl);
    await restoreBackup({ file, databaseUrl: target, storageDir: null });
    expect(await rowsOf(target)).toEqual(await rowsOf(src));
    expect((await rowsOf(target)).User).toBe(1);
  });
});

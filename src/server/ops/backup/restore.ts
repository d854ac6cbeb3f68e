// Restoring a backup archive (backup.ts) into an EMPTY database and an empty files folder.
// Order: check both targets are empty, unpack into a staging folder and verify every file
// against the manifest (size and SHA-256, nothing missing, nothing extra), restore the database
// in one transaction, then move the files into place. A check that fails writes nothing.
import fs from "node:fs";
import path from "node:path";
import { spawnSync } from "node:child_process";
import pg from "pg";
import * as tar from "tar";
import { serverVersion } from "./backup";
import { listFiles, MANIFEST_FORMAT, sha256File, type BackupManifest } from "./manifest";
import { findPgTool } from "./pg-tools";
import { countSchemaObjects, loadSnapshot } from "./snapshot";

export type RestoreOptions = {
  file: string;
  databaseUrl: string;
  /** Where the files go (folder driver); null to leave files out (S3, or files restored separately). */
  storageDir: string | null;
  pgBinDir?: string;
};

/** A restore refused before anything was written; `message` is for the operator (zh-CN, then English). */
export class RestoreRefused extends Error {}

function databaseName(url: string): string {
  return decodeURIComponent(new URL(url).pathname.slice(1)) || "postgres";
}

function folderIsEmpty(dir: string): boolean {
  return !fs.existsSync(dir) || fs.readdirSync(dir).length === 0;
}

async function verify(staging: string): Promise<BackupManifest> {
  const manifestFile = path.join(staging, "manifest.json");
  if (!fs.existsSync(manifestFile)) throw new RestoreRefused("备份文件中没有 manifest.json，不是本平台的备份。/ Not a backup of this platform: manifest.json is missing.");
  const manifest = JSON.parse(fs.readFileSync(manifestFile, "utf8")) as BackupManifest;
  if (manifest.format !== MANIFEST_FORMAT || manifest.version !== 1) {
    throw new RestoreRefused(`不认识的备份格式（${manifest.format} ${manifest.version}）。/ Unknown backup format.`);
  }
  const listed = new Set(manifest.entries.map((e) => e.path));
  const present = listFiles(staging).filter((f) => f !== "manifest.json");
  const extra = present.filter((f) => !listed.has(f));
  if (extra.length) throw new RestoreRefused(`备份中有清单之外的文件：${extra[0]} / A file not in the manifest: ${extra[0]}`);
  for (const e of manifest.entries) {
    const file = path.join(staging, e.path);
    if (!fs.existsSync(file)) throw new RestoreRefused(`备份不完整，缺少文件：${e.path} / The backup is incomplete: ${e.path} is missing.`);
    const got = await sha256File(file);
    if (got.size !== e.size || got.sha256 !== e.sha256) {
      throw new RestoreRefused(`备份已损坏，文件校验不符：${e.path} / The backup is damaged: ${e.path} does not match its hash.`);
    }
  }
  return manifest;
}

/**
 * Restores `file` into the empty database at `databaseUrl` and the empty (or absent) `storageDir`.
 * Throws RestoreRefused, writing nothing, when a target is not empty or the archive does not match
 * its manifest; other errors (database restore) roll back the database and leave the files alone.
 * Returns the manifest.
 */
export async function restoreBackup(options: RestoreOptions): Promise<BackupManifest> {
  if (!fs.existsSync(options.file)) throw new RestoreRefused(`找不到备份文件：${options.file} / No such backup file.`);
  const client = new pg.Client({ connectionString: options.databaseUrl });
  await client.connect();
  const parent = options.storageDir ? path.dirname(path.resolve(options.storageDir)) : path.dirname(path.resolve(options.file));
  fs.mkdirSync(parent, { recursive: true });
  const staging = fs.mkdtempSync(path.join(parent, ".restore-"));
  try {
    const objects = await countSchemaObjects(client);
    if (objects > 0) {
      throw new RestoreRefused(
        `数据库“${databaseName(options.databaseUrl)}”不是空的（已有 ${objects} 个表或类型），恢复只写入空数据库。请新建一个空数据库并让 DATABASE_URL 指向它，或先移走内置数据库的数据目录。` +
          ` / The database "${databaseName(options.databaseUrl)}" is not empty (${objects} tables or types): restore only writes into an empty database.`,
      );
    }
    if (options.storageDir && !folderIsEmpty(options.storageDir)) {
      throw new RestoreRefused(`文件目录 ${options.storageDir} 不是空的，恢复只写入空目录。/ The files folder ${options.storageDir} is not empty.`);
    }

    await tar.x({ file: options.file, cwd: staging, strict: true });
    const manifest = await verify(staging);
    const target = await serverVersion(client);

    if (manifest.method === "pg_dump") {
      const tool = findPgTool("pg_restore", manifest.pgDump?.major ?? manifest.server.major, options.pgBinDir);
      if (!tool) throw new RestoreRefused(`这个备份由 pg_dump ${manifest.pgDump?.major} 生成，恢复需要同版本或更新的 pg_restore（可设置 PG_BIN_DIR）。/ Needs pg_restore ${manifest.pgDump?.major} or newer.`);
      const out = spawnSync(tool.path, ["--no-owner", "--no-privileges", "--exit-on-error", "--single-transaction", `--dbname=${options.databaseUrl}`, path.join(staging, "database", "dump.pgc")], {
        encoding: "utf8",
      });
      if (out.status !== 0) throw new Error(`pg_restore failed: ${out.stderr.trim()}`);
    } else {
      if (target.major < manifest.server.major) {
        // The schema's SQL was written for the newer server; refuse rather than fail half-way.
        throw new RestoreRefused(`备份来自 PostgreSQL ${manifest.server.major}，目标是较旧的 ${target.major}。/ The backup comes from a newer PostgreSQL (${manifest.server.major} > ${target.major}).`);
      }
      const counts = await loadSnapshot(client, path.join(staging, "database"));
      for (const [table, n] of Object.entries(manifest.tables)) {
        if (counts[table] !== n) throw new Error(`table ${table}: ${counts[table]} rows loaded, ${n} in the manifest`);
      }
    }

    if (options.storageDir && manifest.files.driver === "folder") {
      const from = path.join(staging, "files");
      if (fs.existsSync(from)) {
        fs.rmSync(options.storageDir, { recursive: true, force: true }); // empty or absent (checked above)
        fs.renameSync(from, options.storageDir);
      }
    }
    return manifest;
  } finally {
    await client.end().catch(() => {});
    fs.rmSync(staging, { recursive: true, force: true });
  }
}

// `npm run restore <file>`: restores a backup archive into an EMPTY database (DATABASE_URL, else
// the embedded "skills" database) and an empty files folder. Stop the app first.
// See docs/operations.md.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseEnv } from "../src/server/env";
import { restoreBackup, RestoreRefused } from "../src/server/ops/backup/restore";
import { openOpsDatabase } from "./lib/ops-database";
import { filesDir } from "./lib/ops";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

async function main() {
  const file = process.argv.slice(2).find((a) => !a.startsWith("--"));
  if (!file) throw new RestoreRefused("用法 / Usage: npm run restore <backup file>");
  const env = parseEnv(process.env);
  const db = await openOpsDatabase(env, root);
  try {
    const manifest = await restoreBackup({ file: path.resolve(file), databaseUrl: db.url, storageDir: filesDir(env, root), pgBinDir: env.PG_BIN_DIR });
    const rows = Object.values(manifest.tables).reduce((a, b) => a + b, 0);
    console.log(`恢复完成 / Restored: ${file} (taken ${manifest.createdAt})`);
    console.log(`  database: ${Object.keys(manifest.tables).length} tables, ${rows} rows; files: ${manifest.files.count}`);
  } finally {
    await db.close();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(`[restore] 恢复失败 / Restore failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);

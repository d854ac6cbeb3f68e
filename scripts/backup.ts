// `npm run backup [-- --out <file>] [-- --method pg_dump|snapshot]`: one archive with the database
// (DATABASE_URL, else the embedded one) and the uploaded files. See docs/operations.md.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseEnv } from "../src/server/env";
import { openOpsDatabase } from "./lib/ops-database";
import { takeBackup } from "./lib/ops";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

function option(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

async function main() {
  const env = parseEnv(process.env);
  const method = option("--method");
  if (method && method !== "pg_dump" && method !== "snapshot") throw new Error("--method must be pg_dump or snapshot");
  const db = await openOpsDatabase(env, root);
  try {
    const { file, manifest } = await takeBackup({ env, root, databaseUrl: db.url, kind: "manual", outFile: option("--out"), method: method as "pg_dump" | "snapshot" | undefined });
    const rows = Object.values(manifest.tables).reduce((a, b) => a + b, 0);
    console.log(`备份完成 / Backup written: ${file}`);
    console.log(`  database: PostgreSQL ${manifest.server.version}, method ${manifest.method}, ${Object.keys(manifest.tables).length} tables, ${rows} rows`);
    console.log(`  files: ${manifest.files.driver === "folder" ? `${manifest.files.count} files, ${manifest.files.bytes} bytes` : "in S3 (not included: keep the bucket's versioning on)"}`);
  } finally {
    await db.close();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(`[backup] 备份失败 / Backup failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);

// Applies the committed migrations (prisma migrate deploy) to the database at `url`.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { currentProcessEnv } from "../env";

export function migrateDeploy(url: string, root = process.cwd()): void {
  const result = spawnSync(process.execPath, [path.join(root, "scripts", "prisma.mjs"), "migrate", "deploy"], {
    cwd: root,
    env: { ...currentProcessEnv(), DATABASE_URL: url },
    encoding: "utf8",
  });
  if (result.status !== 0) {
    throw new Error(`prisma migrate deploy failed:\n${result.stdout}\n${result.stderr}`);
  }
}

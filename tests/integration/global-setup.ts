// Integration tests run against a real PostgreSQL: the server named by DATABASE_URL, else the
// embedded one. Each run gets a fresh throwaway database with the committed migrations applied,
// dropped at the end. Tests see its URL as DATABASE_URL.
import path from "node:path";
import type { TestProject } from "vitest/node";
import { createThrowawayDatabase, startEmbeddedPostgres, type EmbeddedServer } from "../../src/server/db/embedded";
import { migrateDeploy } from "../../src/server/db/migrate";
import { parseEnv } from "../../src/server/env";

export default async function setup(_project: TestProject) {
  const env = parseEnv(process.env);
  const root = path.resolve(import.meta.dirname, "../..");
  let embedded: EmbeddedServer | undefined;
  let serverUrl = env.DATABASE_URL;
  if (!serverUrl) {
    embedded = await startEmbeddedPostgres({ dataDir: path.join(root, ".data", "test"), port: 54332 });
    serverUrl = embedded.serverUrl;
  }
  const db = await createThrowawayDatabase(serverUrl, "itest");
  migrateDeploy(db.url, root);
  process.env.DATABASE_URL = db.url;
  process.env.TZ = "UTC";
  return async () => {
    await db.drop();
    await embedded?.stop();
  };
}

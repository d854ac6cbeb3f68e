// A PostgreSQL server for benchmarks: the one named by DATABASE_URL (must be local), else an
// embedded one of our own under .data/bench-pg. Throwaway databases are dropped by the cleanups.
import path from "node:path";
import { createThrowawayDatabase, startEmbeddedPostgres } from "../../src/server/db/embedded";
import { migrateDeploy } from "../../src/server/db/migrate";
import { onCleanup } from "./cleanup";

export const root = path.resolve(import.meta.dirname, "../..");

export function assertLocal(url: string, what: string): void {
  const host = new URL(url).hostname;
  if (!["localhost", "127.0.0.1", "::1", "[::1]"].includes(host)) throw new Error(`refusing a non-local ${what}: ${host} (benchmarks only talk to localhost)`);
}

let server: Promise<string> | undefined;

/** The server URL (a maintenance database on it), starting the embedded server if needed. */
export function serverUrl(): Promise<string> {
  server ??= (async () => {
    const configured = process.env.DATABASE_URL;
    if (configured) {
      assertLocal(configured, "DATABASE_URL");
      return configured;
    }
    console.log("[bench] DATABASE_URL is unset: starting an embedded PostgreSQL (.data/bench-pg, port 54351)…");
    const embedded = await startEmbeddedPostgres({ dataDir: path.join(root, ".data", "bench-pg"), port: Number(process.env.BENCH_PG_PORT ?? 54351) });
    onCleanup("embedded PostgreSQL", () => embedded.stop());
    return embedded.serverUrl;
  })();
  return server;
}

/** A fresh database with the committed migrations applied; dropped at the end. */
export async function migratedThrowawayDatabase(prefix: string): Promise<{ name: string; url: string }> {
  const db = await createThrowawayDatabase(await serverUrl(), prefix);
  onCleanup(`drop database ${db.name}`, db.drop);
  migrateDeploy(db.url, root);
  return { name: db.name, url: db.url };
}

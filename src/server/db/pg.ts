// A plain pg pool for the exam's hot path (answer saves): one parameterised statement, without
// the ORM's per-query overhead. Everything else goes through Prisma (src/server/db/client.ts).
// The statement is unnamed (no server-side prepared statement), so the pool works through
// PgBouncer's transaction pooling (docs/deployment.md).
import pg from "pg";
import { requireDatabaseUrl } from "../env";

const globalForPg = globalThis as unknown as { pgPool?: pg.Pool };

/**
 * Makes a pool survive its server: an idle connection that breaks (the server restarted, an
 * operator ran pg_terminate_backend) is discarded by pg and reported here instead of crashing
 * the process with an unhandled 'error' event; the next query opens a new connection. A query in
 * flight on a broken connection fails (the caller answers 5xx and the client retries).
 */
export function survivePoolErrors(pool: pg.Pool, label = "database"): pg.Pool {
  let last = 0;
  pool.on("error", (error) => {
    const now = Date.now();
    if (now - last < 5000) return; // one line per burst (a restart breaks every idle connection)
    last = now;
    console.error(`[${label}] an idle connection broke and was discarded (${error.message}); the next query reconnects`);
  });
  return pool;
}

export function getPgPool(): pg.Pool {
  globalForPg.pgPool ??= survivePoolErrors(new pg.Pool({ connectionString: requireDatabaseUrl(), max: 10 }), "db");
  return globalForPg.pgPool;
}

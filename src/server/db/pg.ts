// A plain pg pool for the exam's hot path (answer saves): one parameterised statement, without
// the ORM's per-query overhead. Everything else goes through Prisma (src/server/db/client.ts).
// The statement is unnamed (no server-side prepared statement), so the pool works through
// PgBouncer's transaction pooling (docs/deployment.md).
import pg from "pg";
import { requireDatabaseUrl } from "../env";

const globalForPg = globalThis as unknown as { pgPool?: pg.Pool };

export function getPgPool(): pg.Pool {
  if (!globalForPg.pgPool) {
    const pool = new pg.Pool({ connectionString: requireDatabaseUrl(), max: 10 });
    // An idle connection that dies (PgBouncer restarted, the primary failed over) is an 'error'
    // event of the pool; unheard, it would end the process. The pool drops that connection and
    // opens a new one for the next query, so logging is all there is to do.
    pool.on("error", (error) => console.error(`[db] idle connection lost: ${error.message}`));
    globalForPg.pgPool = pool;
  }
  return globalForPg.pgPool;
}

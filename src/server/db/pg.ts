// A plain pg pool for the exam's hot path (answer saves): one parameterised statement, without
// the ORM's per-query overhead. Everything else goes through Prisma (src/server/db/client.ts).
import pg from "pg";
import { requireDatabaseUrl } from "../env";

const globalForPg = globalThis as unknown as { pgPool?: pg.Pool };

export function getPgPool(): pg.Pool {
  globalForPg.pgPool ??= new pg.Pool({ connectionString: requireDatabaseUrl(), max: 10 });
  return globalForPg.pgPool;
}

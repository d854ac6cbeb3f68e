// The one Prisma client of a server process (DESIGN.md: one client singleton), plus an optional
// second one on a hot standby for reads that may lag (READ_DATABASE_URL, docs/deployment.md).
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@prisma/client";
import { getEnv, requireDatabaseUrl } from "../env";

const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient; readPrisma?: PrismaClient };

/**
 * A client over node-postgres. It sends unnamed (per-query) statements and holds a pool
 * connection only for the length of a query or an interactive transaction, so it works through
 * PgBouncer in transaction pooling (docs/deployment.md, "PgBouncer"). Query parameters that only
 * Prisma's own engines read (`pgbouncer=true`, `schema=`) are ignored by node-postgres.
 */
export function createPrismaClient(url: string): PrismaClient {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString: url, max: 10 }) });
}

export function getPrisma(): PrismaClient {
  globalForPrisma.prisma ??= createPrismaClient(requireDatabaseUrl());
  return globalForPrisma.prisma;
}

/**
 * For read-only queries whose answer may lag the primary by the replication delay (lists,
 * reports, statistics): the standby at READ_DATABASE_URL when set, else the primary's client.
 * Never for the exam's path (saves, starts, deadlines) nor for a read followed by a write.
 */
export function getReadPrisma(): PrismaClient {
  const url = getEnv().READ_DATABASE_URL;
  if (!url) return getPrisma();
  globalForPrisma.readPrisma ??= createPrismaClient(url);
  return globalForPrisma.readPrisma;
}

export type { PrismaClient };

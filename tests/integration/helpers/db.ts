// Shared helpers for integration tests: the real Prisma client on the run's throwaway
// database, and a TRUNCATE of every table between tests.
import { getPrisma } from "@/server/db/client";

export const prisma = getPrisma();

export async function resetDatabase(): Promise<void> {
  const rows = await prisma.$queryRaw<Array<{ tablename: string }>>`
    SELECT tablename::text AS tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'`;
  if (rows.length === 0) return;
  const list = rows.map((r) => `"public"."${r.tablename}"`).join(", ");
  await prisma.$executeRawUnsafe(`TRUNCATE ${list} RESTART IDENTITY CASCADE`);
}

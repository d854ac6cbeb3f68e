import type { Prisma, PrismaClient } from "@prisma/client";

/** The database's clock: the server owns time, and two app instances share one clock. */
export async function dbNow(db: Pick<PrismaClient, "$queryRaw"> | Prisma.TransactionClient): Promise<Date> {
  const [row] = await db.$queryRaw<Array<{ now: Date }>>`SELECT now() AS now`;
  return row!.now;
}

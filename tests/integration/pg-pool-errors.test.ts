// Issue 12, fault 1: the database drops the app's connections (pg_terminate_backend). A pool
// without an 'error' listener crashed the whole launcher ("Unhandled 'error' event"); now the
// broken idle connections are discarded and the next query reconnects — for the hot path's pool
// (src/server/db/pg.ts) and for Prisma's adapter.
import pg from "pg";
import { afterAll, describe, expect, it, vi } from "vitest";
import { getPrisma } from "@/server/db/client";
import { getPgPool, survivePoolErrors } from "@/server/db/pg";

const admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
afterAll(() => admin.end());

async function terminateOthers(applicationName: string): Promise<number> {
  const { rowCount } = await admin.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = $1 AND pid <> pg_backend_pid()`, [applicationName]);
  return rowCount ?? 0;
}

describe("pg pools survive dropped connections", () => {
  it("discards a broken idle connection with one log line, and the next query reconnects", async () => {
    await admin.connect();
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    const url = new URL(process.env.DATABASE_URL!);
    url.searchParams.set("application_name", "pool-errors-test");
    const pool = survivePoolErrors(new pg.Pool({ connectionString: url.toString(), max: 3 }), "test");
    // Three idle connections, then the server drops them all.
    const clients = await Promise.all([pool.connect(), pool.connect(), pool.connect()]);
    clients.forEach((c) => c.release());
    expect(await terminateOthers("pool-errors-test")).toBe(3);
    await vi.waitFor(() => expect(pool.idleCount).toBe(0), { timeout: 5000 });
    expect(logged.mock.calls.filter((c) => String(c[0]).includes("[test] an idle connection broke and was discarded"))).toHaveLength(1);
    expect((await pool.query("SELECT 41 + 1 AS n")).rows[0]).toEqual({ n: 42 });
    await pool.end();
    logged.mockRestore();
  });

  it("the app's pool and Prisma keep working after every connection of the database was terminated", async () => {
    const prisma = getPrisma();
    await prisma.$queryRaw`SELECT 1`;
    await getPgPool().query("SELECT 1");
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    const db = new URL(process.env.DATABASE_URL!).pathname.slice(1);
    await admin.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()`, [db]);
    await vi.waitFor(() => expect(getPgPool().idleCount).toBe(0), { timeout: 5000 });
    expect((await getPgPool().query("SELECT 2 AS n")).rows[0]).toEqual({ n: 2 });
    // Prisma's adapter may fail the first query on a connection it had not yet seen break; then it recovers.
    const retry = async () => prisma.$queryRaw<Array<{ n: number }>>`SELECT 3::int AS n`.catch(() => prisma.$queryRaw<Array<{ n: number }>>`SELECT 3::int AS n`);
    expect(await retry()).toEqual([{ n: 3 }]);
    logged.mockRestore();
  });
});

// /api/health of the production server (issue 20): the deadline sweep that instrumentation.ts
// starts is the one the health route reports (they are bundled apart; a copy of the sweep's
// state per bundle once made the route say "off" while the sweep ran).
import { expect, test } from "@playwright/test";

test("the health check reports the database, the storage and the running deadline sweep", async ({ request }) => {
  const read = async () => (await (await request.get("/api/health")).json()) as { ok: boolean; database: string; storage: string; sweep: string; sweepLastRunAt: string | null };
  await expect.poll(async () => (await read()).sweep, { timeout: 40_000, intervals: [1000] }).toBe("running");
  const health = await read();
  expect(health).toMatchObject({ ok: true, database: "up", storage: "up", sweep: "running" });
  expect(Date.parse(health.sweepLastRunAt ?? "")).not.toBeNaN();
});

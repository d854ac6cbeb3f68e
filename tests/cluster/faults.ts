// `npm run test:cluster` (issue 20, "Faults to survive"): starts the several-machines topology on
// this machine (scripts/cluster/cluster.ts: nginx, two app servers, PgBouncer, a PostgreSQL
// primary with a synchronous hot standby, s3rver), seats candidates in a running exam, keeps them
// saving answers through nginx, and injects three faults in turn:
//   1. one app server killed (SIGKILL) mid-exam: nginx sends its candidates to the other;
//   2. PgBouncer restarted (stopped at once, started again);
//   3. the primary killed (SIGKILL) and the standby promoted by this script, PgBouncer pointed at it.
// Per fault it prints saves acknowledged, saves lost (acknowledged but not in the database that
// serves afterwards) and the longest gap, and fails (exit 1) unless: no acknowledged save is
// lost; after the app server's death no save needs more than one retry; saves resume after the
// PgBouncer restart; after the failover they resume within 30 s and every deadline is unchanged.
// Needs `npm run build`, nginx, pgbouncer and PostgreSQL's server binaries (Debian packages).
// Ports: CLUSTER_HTTP_PORT (default 3210, +1..+3), CLUSTER_PG_PORT (default 54510, +1, +2).
import path from "node:path";
import { createExamSession } from "../../bench/lib/exam-data";
import { sessionCookie } from "../../bench/lib/auth-cookie";
import { keepAliveAgent, mapLimit, request, statusCounts } from "../../bench/lib/http";
import { buildIsCurrent } from "../../scripts/lib/build-hash";
import { clusterLayout } from "../../scripts/cluster/config";
import { root, startCluster, type Cluster } from "../../scripts/cluster/cluster";
import { clusterPorts } from "../../scripts/cluster/ports";
import { createPrismaClient } from "../../src/server/db/client";
import { phaseFigures, sleep, startLoad, type Ack, type Load, type Seat } from "./load";

const CANDIDATES = 24;
const INTERVAL_MS = 400;
const RETRY_MS = 3_000; // the exam page's (src/ui/exam/exam-app.tsx)
const STEADY_MS = 4_000; // saving before each fault
const AFTER_MS = 6_000; // saving after saves resumed
const RESUME_LIMIT_MS = 30_000;

type Row = { fault: string; acknowledged: number; lost: number; longestGap: number; longestWait: number; resumedAfter: number; failedTries: number; checks: string[] };

async function main() {
  if (!buildIsCurrent(root)) throw new Error("the production build is missing or out of date: run `npm run build` first");
  const layout = clusterLayout({ ...clusterPorts(), dir: path.join("/tmp", `skills-cluster-test-${clusterPorts().httpBase}`) });
  const started = Date.now();
  const cluster = await startCluster(layout, { demo: true });
  running = cluster;
  let load: Load | undefined;
  const rows: Row[] = [];
  try {
    console.log(`[faults] cluster up in ${((Date.now() - started) / 1000).toFixed(0)} s`);
    const seats = await seatCandidates(cluster);
    const deadlinesBefore = await deadlines(cluster, seats);
    load = startLoad({ baseUrl: cluster.url, seats, intervalMs: INTERVAL_MS, retryMs: RETRY_MS });
    await sleep(STEADY_MS);

    // 1. An app server killed mid-exam.
    rows.push(
      await phase(cluster, load, "app server 1 killed", async () => cluster.killApp(0), (f) => [
        check(f.lost === 0, "0 acknowledged saves lost"),
        check(f.maxTries <= 2, `no save needed more than one retry (at most ${f.maxTries} tries)`),
      ]),
    );

    // 2. PgBouncer restarted.
    rows.push(
      await phase(cluster, load, "PgBouncer restarted", () => cluster.restartPgBouncer(), (f) => [
        check(f.lost === 0, "0 acknowledged saves lost"),
        check(Number.isFinite(f.resumedAfter), "saves resumed"),
      ]),
    );

    // 3. The primary killed, the standby promoted.
    rows.push(
      await phase(
        cluster,
        load,
        "primary killed, standby promoted",
        async () => {
          await cluster.killPrimary();
          await cluster.promoteStandby();
        },
        (f) => [check(f.lost === 0, "0 acknowledged saves lost (read on the promoted standby)"), check(f.resumedAfter < RESUME_LIMIT_MS, `saves resumed within ${RESUME_LIMIT_MS / 1000} s`)],
      ),
    );
    await load.stop();
    load = undefined;
    const deadlinesAfter = await deadlines(cluster, seats);
    const changed = seats.filter((s) => deadlinesBefore.get(s.attemptId) !== deadlinesAfter.get(s.attemptId)).length;
    rows.at(-1)!.checks.push(check(changed === 0 && deadlinesAfter.size === seats.length, `deadlines unchanged (${changed} of ${seats.length} changed)`));
  } finally {
    await load?.stop();
    await cluster.stop({ keep: process.env.CLUSTER_KEEP === "1" });
  }

  console.log("");
  console.log("| fault | saves acknowledged | saves lost | longest gap | longest wait for one save | resumed after | failed tries |");
  console.log("|---|---:|---:|---:|---:|---:|---:|");
  for (const r of rows) console.log(`| ${r.fault} | ${r.acknowledged} | ${r.lost} | ${secs(r.longestGap)} | ${secs(r.longestWait)} | ${secs(r.resumedAfter)} | ${r.failedTries} |`);
  console.log("");
  const failed = rows.flatMap((r) => r.checks.filter((c) => c.startsWith("FAIL")).map((c) => `${r.fault}: ${c}`));
  for (const r of rows) for (const c of r.checks) console.log(`${r.fault}: ${c}`);
  console.log(`\n${rows.reduce((n, r) => n + r.checks.length, 0) - failed.length} passed, ${failed.length} failed (${((Date.now() - started) / 1000).toFixed(0)} s)`);
  if (failed.length > 0) process.exitCode = 1;
}

function check(ok: boolean, what: string): string {
  return `${ok ? "ok" : "FAIL"} — ${what}`;
}

const secs = (ms: number) => (Number.isFinite(ms) ? `${(ms / 1000).toFixed(1)} s` : "never");

/** Runs a fault while the load goes on; the phase ends AFTER_MS after saves resumed (or at 60 s). */
async function phase(cluster: Cluster, load: Load, fault: string, inject: () => Promise<void>, verdict: (f: ReturnType<typeof phaseFigures> & { lost: number; maxTries: number }) => string[]): Promise<Row> {
  const from = Date.now();
  console.log(`[faults] ${fault}…`);
  await inject();
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline && !Number.isFinite(phaseFigures(load, from, Date.now(), from).resumedAfter)) await sleep(200);
  await sleep(AFTER_MS);
  const to = Date.now();
  const figures = phaseFigures(load, from, to, from);
  const lost = await lostSaves(cluster, figures.acks.concat(load.acks.filter((a) => a.ackAt < from)));
  const maxTries = figures.acks.reduce((m, a) => Math.max(m, a.tries), 0);
  const row = { fault, ...figures, lost, checks: verdict({ ...figures, lost, maxTries }) };
  console.log(`[faults] ${fault}: ${row.acknowledged} acknowledged, ${lost} lost, longest gap ${secs(row.longestGap)}, resumed after ${secs(row.resumedAfter)}`);
  return row;
}

/** Acknowledged saves the current primary does not hold (its answer's seq is older, or no answer). */
async function lostSaves(cluster: Cluster, acks: Ack[]): Promise<number> {
  const attempts = [...new Set(acks.map((a) => a.attemptId))];
  const rows = await cluster.query<{ attemptId: string; itemVersionId: string; seq: number }>(cluster.primaryUrl(), 'SELECT "attemptId", "itemVersionId", seq FROM "Answer" WHERE "attemptId" = ANY($1)', [attempts]);
  const held = new Map(rows.map((r) => [`${r.attemptId}/${r.itemVersionId}`, r.seq]));
  return acks.filter((a) => (held.get(`${a.attemptId}/${a.itemVersionId}`) ?? 0) < a.seq).length;
}

async function deadlines(cluster: Cluster, seats: Seat[]): Promise<Map<string, string>> {
  const rows = await cluster.query<{ id: string; deadline: Date }>(cluster.primaryUrl(), 'SELECT id, deadline FROM "Attempt" WHERE id = ANY($1)', [seats.map((s) => s.attemptId)]);
  return new Map(rows.map((r) => [r.id, r.deadline.toISOString()]));
}

/** A running exam: candidates seated (on the primary), cookies minted, attempts started through nginx. */
async function seatCandidates(cluster: Cluster): Promise<Seat[]> {
  const prisma = createPrismaClient(cluster.primaryUrl());
  try {
    const exam = await createExamSession(prisma, { candidates: CANDIDATES, name: `cluster-faults-${Date.now()}` });
    const seats: Seat[] = [];
    for (const c of exam.candidates) seats.push({ ...c, cookie: await sessionCookie({ userId: c.userId, name: c.name, secret: cluster.authSecret, candidateId: c.candidateId }), attemptId: "", seq: 0 });
    const agent = keepAliveAgent(16);
    const starts = await mapLimit(seats, 8, async (s) => {
      const r = await request({ agent, method: "POST", url: `${cluster.url}/api/exam/sessions/${exam.sessionId}/start`, cookie: s.cookie });
      if (r.status === 200) s.attemptId = (JSON.parse(r.body) as { attemptId: string }).attemptId;
      return r;
    });
    agent.destroy();
    if (seats.some((s) => !s.attemptId)) throw new Error(`not every attempt started: ${statusCounts(starts)}; ${starts.find((r) => r.status !== 200)?.body.slice(0, 300)}`);
    console.log(`[faults] ${seats.length} candidates in session ${exam.sessionId}, attempts started through nginx`);
    return seats;
  } finally {
    await prisma.$disconnect();
  }
}

let running: Cluster | undefined;
for (const sig of ["SIGINT", "SIGTERM"] as const) {
  process.on(sig, () => {
    console.error(`[faults] ${sig}: stopping the cluster…`);
    void (running?.stop() ?? Promise.resolve()).finally(() => process.exit(130));
  });
}

main().catch((error: unknown) => {
  console.error(`[faults] failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exitCode = 1;
});

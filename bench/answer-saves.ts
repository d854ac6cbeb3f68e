// Benchmark (not a test), issue 8: answer saves against the production build on a real PostgreSQL.
//   1. Open loop: N virtual candidates (default N = 200 and 1,000), each saving one answer every
//      10 s (random first moment within the first 10 s) for --seconds (default 60): requests,
//      throughput, p50/p95/p99/max latency, errors; then the same schedule against the floor
//      (below), so every open-loop figure has its baseline at the same offered load.
//   2. Saturation: a closed loop of --workers (32) sending saves as fast as they are answered for
//      --saturation-seconds (15), against the app and against the floor: a minimal node:http +
//      pg.Pool handler (same upsert SQL as src/server/exam/save-answer.ts, no auth) in a worker
//      thread of this process. Prints both throughputs and the ratio app/floor.
// Targets (issue 8): p99 < 100 ms at 1,000 candidates; app ≥ 50% of the floor's throughput.
// Issue 15: up to 10,000 candidates; from 2,000 candidates on, the open loop runs in
// --load-threads worker threads (default 2; 0 = in this thread), each reporting its own timer lag
// (how late it fired its scheduled saves) and event-loop utilisation.
// Numbers are printed, never asserted.
//
// Needs a production build (`npm run build`). Starts the app with the real launcher
// (scripts/start.ts --no-build --fresh-db --demo) on port 3200 with DATA_DIR=.data/bench and a
// throwaway database on DATABASE_URL (a local server), else the embedded PostgreSQL on 54350.
//
// Run:   npx tsx bench/answer-saves.ts [--candidates 200,1000] [--seconds 60] [--workers 32]
//          [--saturation-seconds 15] [--sockets 64] [--port 3200] [--floor-port 3201] [--load-threads 2]
// e.g.   DATABASE_URL=postgresql://postgres@127.0.0.1:5432/postgres npx tsx bench/answer-saves.ts
import os from "node:os";
import { createPrismaClient } from "../src/server/db/client";
import { intFlag, intListFlag, readFlags, rejectUnknown } from "./lib/args";
import { sessionCookie } from "./lib/auth-cookie";
import { onCleanup, runMain } from "./lib/cleanup";
import { startApp } from "./lib/app";
import { createExamSession, type BenchCandidate } from "./lib/exam-data";
import { startFloor } from "./lib/floor";
import { keepAliveAgent, mapLimit, request, statusCounts, type Result } from "./lib/http";
import { closedLoop, openLoop, report, reportTable, type PhaseReport } from "./lib/load";
import { threadedOpenLoop, type ThreadedReport } from "./lib/threaded-open-loop";
import { ms, sleep } from "./lib/stats";

const flags = readFlags();
rejectUnknown(flags, ["candidates", "seconds", "interval", "workers", "saturation-seconds", "sockets", "port", "floor-port", "load-threads"]);
const CANDIDATES = intListFlag(flags, "candidates", [200, 1000], { min: 1, max: 10_000 });
const LOAD_THREADS = flags.has("load-threads") ? intFlag(flags, "load-threads", 2, { min: 0, max: 8 }) : undefined;
const threadsFor = (n: number) => LOAD_THREADS ?? (n >= 2000 ? 2 : 0);
const SECONDS = intFlag(flags, "seconds", 60, { min: 5, max: 600 });
const INTERVAL = intFlag(flags, "interval", 10, { min: 1, max: 60 });
const WORKERS = intFlag(flags, "workers", 32, { min: 1, max: 256 });
const SAT_SECONDS = intFlag(flags, "saturation-seconds", 15, { min: 0, max: 120 });
const SOCKETS = intFlag(flags, "sockets", 64, { min: 1, max: 1024 });
const PORT = intFlag(flags, "port", 3200, { min: 1024, max: 65535 });
const FLOOR_PORT = intFlag(flags, "floor-port", 3201, { min: 1024, max: 65535 });
const MAX_N = Math.max(...CANDIDATES);

type Seat = BenchCandidate & { cookie: string; attemptId: string; seq: number };

function answerBody(seat: Seat) {
  const item = seat.items[Math.floor(Math.random() * seat.items.length)]!;
  seat.seq += 1;
  return { itemVersionId: item.versionId, response: [item.keys[Math.floor(Math.random() * item.keys.length)]!], seq: seat.seq };
}

async function main() {
  console.log(`# Answer-save benchmark: candidates ${CANDIDATES.join(", ")}, ${SECONDS} s each, a save every ${INTERVAL} s; saturation ${WORKERS} workers × ${SAT_SECONDS} s`);
  console.log(`# machine: ${os.cpus().length} cores (${os.cpus()[0]?.model ?? "?"}), ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}; load average ${os.loadavg().map((l) => l.toFixed(2)).join(" ")}`);
  const app = await startApp({ port: PORT });
  const prisma = createPrismaClient(app.databaseUrl);
  onCleanup("prisma disconnect", () => prisma.$disconnect());

  let t = performance.now();
  const exam = await createExamSession(prisma, { candidates: MAX_N, name: `bench-saves-${Date.now()}` });
  const seats: Seat[] = [];
  for (const c of exam.candidates) seats.push({ ...c, cookie: await sessionCookie({ userId: c.userId, name: c.name, secret: app.authSecret, candidateId: c.candidateId }), attemptId: "", seq: 0 });
  console.log(`[bench] ${MAX_N} candidates seated in session ${exam.sessionId} (paper of ${exam.paperItems} items), cookies minted, in ${((performance.now() - t) / 1000).toFixed(1)} s`);

  const agent = keepAliveAgent(SOCKETS);
  onCleanup("http agent", () => agent.destroy());

  // One cookie must work before any load.
  const check = await request({ agent, method: "GET", url: `${app.baseUrl}/api/auth/session`, cookie: seats[0]!.cookie });
  const sessionUser = (JSON.parse(check.body || "null") as { user?: { id?: string } } | null)?.user?.id;
  if (check.status !== 200 || sessionUser !== seats[0]!.userId) throw new Error(`the minted session cookie is not accepted: ${check.status} ${check.body.slice(0, 200)}`);

  // Start every attempt through the API (not measured as the storm benchmark does that).
  t = performance.now();
  const starts = await mapLimit(seats, 16, async (s) => {
    const r = await request({ agent, method: "POST", url: `${app.baseUrl}/api/exam/sessions/${exam.sessionId}/start`, cookie: s.cookie });
    if (r.status === 200) s.attemptId = (JSON.parse(r.body) as { attemptId: string }).attemptId;
    return r;
  });
  if (seats.some((s) => !s.attemptId)) throw new Error(`not every attempt started: ${statusCounts(starts)}; first failure: ${starts.find((r) => r.status !== 200)?.body.slice(0, 300)}`);
  console.log(`[bench] ${MAX_N} attempts started through the API in ${((performance.now() - t) / 1000).toFixed(1)} s`);

  const saveApp = (s: Seat) => request({ agent, method: "POST", url: `${app.baseUrl}/api/exam/attempts/${s.attemptId}/answers`, cookie: s.cookie, json: answerBody(s) });

  // Warm-up (JIT, pools; not counted), then one client alone: the unloaded latency.
  const warm = await mapLimit(seats.slice(0, Math.min(MAX_N, 300)), 16, (s) => saveApp(s));
  if (warm.some((r) => r.status !== 200)) throw new Error(`warm-up saves failed: ${statusCounts(warm)}; ${warm.find((r) => r.status !== 200)?.body.slice(0, 300)}`);
  const alone: Result[] = [];
  for (let i = 0; i < 100; i++) alone.push(await saveApp(seats[i % MAX_N]!));
  const reports: PhaseReport[] = [];
  reports.push(report("app: 1 client, sequential (unloaded)", alone, alone.reduce((a, r) => a + r.ms, 0) / 1000, { user: 0, system: 0 }));

  // The floor (a bare node:http + pg server doing the same statement's job, in a worker thread of
  // this process) on the same database and rows: the baseline of every phase below.
  const floor = await startFloor({ databaseUrl: app.databaseUrl, port: FLOOR_PORT, attempts: seats.map((s) => [s.attemptId, s.candidateId]) });
  const floorAgent = keepAliveAgent(SOCKETS);
  onCleanup("floor http agent", () => floorAgent.destroy());
  const saveFloor = (s: Seat) => request({ agent: floorAgent, method: "POST", url: `${floor.baseUrl}/attempts/${s.attemptId}/answers`, json: answerBody(s) });
  const floorWarm = await mapLimit(seats.slice(0, Math.min(MAX_N, 300)), 16, (s) => saveFloor(s));
  if (floorWarm.some((r) => r.status !== 200)) throw new Error(`floor warm-up failed: ${statusCounts(floorWarm)}; ${floorWarm.find((r) => r.status !== 200)?.body}`);
  const floorAlone: Result[] = [];
  for (let i = 0; i < 100; i++) floorAlone.push(await saveFloor(seats[i % MAX_N]!));
  reports.push(report("floor: 1 client, sequential (unloaded)", floorAlone, floorAlone.reduce((a, r) => a + r.ms, 0) / 1000, { user: 0, system: 0 }));

  // 1. Open loop per N: the app, then the floor at the same offered load.
  const threaded: ThreadedReport[] = [];
  for (const n of CANDIDATES) {
    await sleep(2000); // let the previous phase drain
    const plan: Array<{ at: number; seat: Seat }> = [];
    for (const seat of seats.slice(0, n)) {
      const offset = Math.random() * INTERVAL * 1000;
      for (let at = offset; at < SECONDS * 1000; at += INTERVAL * 1000) plan.push({ at, seat });
    }
    const schedule = plan.map(({ at, seat }) => ({ at, send: () => saveApp(seat) }));
    const threads = threadsFor(n);
    console.log(`[bench] open loop: ${n} candidates, ${schedule.length} saves over ${SECONDS} s${threads ? ` in ${threads} worker threads` : ""}…`);
    const name = `app: ${n} candidates, 1 save / ${INTERVAL} s each, ${SECONDS} s${threads ? ` (${threads} load threads)` : ""}`;
    if (threads === 0) reports.push(await openLoop(name, schedule));
    else {
      const r = await threadedOpenLoop(name, { port: app.port, seats: seats.slice(0, n), seconds: SECONDS, interval: INTERVAL, threads, sockets: SOCKETS });
      threaded.push(r);
      reports.push(r);
    }
    await sleep(2000);
    console.log(`[bench] open loop against the floor: ${n} candidates…`);
    const floorName = name.replace(/^app:/, "floor:");
    if (threads === 0) reports.push(await openLoop(floorName, plan.map(({ at, seat }) => ({ at, send: () => saveFloor(seat) }))));
    else {
      const r = await threadedOpenLoop(floorName, { port: FLOOR_PORT, floor: true, seats: seats.slice(0, n), seconds: SECONDS, interval: INTERVAL, threads, sockets: SOCKETS });
      threaded.push(r);
      reports.push(r);
    }
  }

  // 2. Saturation: the app, then the floor on the same database and rows.
  let ratio: number | undefined;
  if (SAT_SECONDS > 0) {
    await sleep(2000);
    const pick = (w: number, n: number) => seats[(w + WORKERS * n) % MAX_N]!;
    console.log(`[bench] saturation: ${WORKERS} workers × ${SAT_SECONDS} s against the app…`);
    const appSat = await closedLoop(`app: saturation, ${WORKERS} workers, ${SAT_SECONDS} s`, WORKERS, SAT_SECONDS, (w, n) => saveApp(pick(w, n)));
    reports.push(appSat);

    await sleep(2000);
    console.log(`[bench] saturation: ${WORKERS} workers × ${SAT_SECONDS} s against the floor…`);
    const floorSat = await closedLoop(`floor: saturation, ${WORKERS} workers, ${SAT_SECONDS} s`, WORKERS, SAT_SECONDS, (w, n) => saveFloor(pick(w, n)));
    reports.push(floorSat);
    ratio = appSat.throughput / floorSat.throughput;
  }

  await floor.stop();
  const stored = await prisma.answer.count();
  console.log("");
  console.log(reportTable(reports));
  console.log("");
  for (const r of reports) if (r.timerLagMax !== undefined && !threaded.includes(r as ThreadedReport)) console.log(`${r.name}: client timer lag max ${ms(r.timerLagMax)} (how late the load generator fired its latest save)`);
  for (const r of threaded)
    console.log(`${r.name}: load-generator timer lag p50 ${ms(r.timerLag.p50)}, p99 ${ms(r.timerLag.p99)}, max ${ms(r.timerLag.max)}; event-loop utilisation per thread ${r.threadElu.map((u) => `${Math.round(u * 100)}%`).join(", ")}`);
  console.log(`answers stored: ${stored}`);
  const at1000 = reports.find((r) => r.name.startsWith("app: 1000 candidates"));
  if (at1000) console.log(`target p99 < 100 ms at 1,000 candidates: p99 = ${ms(at1000.latency.p99)} → ${at1000.latency.p99 < 100 ? "met" : "NOT met"}`);
  for (const r of reports.filter((x) => /^app: \d+ candidates/.test(x.name))) {
    const base = reports.find((x) => x.name === r.name.replace(/^app:/, "floor:"));
    console.log(`${r.name}: p99 = ${ms(r.latency.p99)} (< 100 ms: ${r.latency.p99 < 100 ? "met" : "NOT met"}); the floor at the same load: p99 ${base ? ms(base.latency.p99) : "?"}`);
  }
  if (ratio !== undefined) console.log(`target app ≥ 60% of the floor at saturation (issue 15; 50% in issue 8): app/floor = ${(ratio * 100).toFixed(0)}% → ${ratio >= 0.6 ? "met" : "NOT met"}`);
  console.log(`load average at the end: ${os.loadavg().map((l) => l.toFixed(2)).join(" ")} (other processes on the machine compete for the 2 cores)`);
}

runMain(main);

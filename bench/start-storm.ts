// Benchmark (not a test): the exam-start storm. --candidates (500) candidates each start their
// attempt (POST /api/exam/sessions/:id/start) at a random moment within --window (10) seconds and
// then load their paper (GET /api/exam/attempts/:attemptId, the data the exam page renders).
// Reports the time from the first start request to the last paper received, and p50/p95/p99 of
// start + load per candidate. Baselines in the same run: the same start + load for candidates one
// at a time, before the storm (the unloaded latency); and the floor: the same storm by the same
// candidates against a bare node:http + pg server doing one INSERT and one SELECT of the prepared
// items (bench/lib/storm-floor-worker.mjs, port --port + 1). Numbers are printed, never asserted.
//
// Needs a production build (`npm run build`); starts the app like bench/answer-saves.ts (launcher,
// port 3200, DATA_DIR=.data/bench, throwaway database on DATABASE_URL or the embedded server).
//
// --sync: the synchronised start (issue 15): every candidate presses start at the same instant
// (the proctor says "开始"), each over its own connection unless --sockets is given; --window is
// then ignored. --page: after the paper, also load the exam page's HTML (/exam/attempt/:id), as a
// browser navigating there does; reported separately.
//
// Run:   npx tsx bench/start-storm.ts [--candidates 500] [--window 10] [--sync] [--page] [--sockets 64] [--port 3200]
import os from "node:os";
import { createPrismaClient } from "../src/server/db/client";
import { intFlag, readFlags, rejectUnknown } from "./lib/args";
import { sessionCookie } from "./lib/auth-cookie";
import { startApp } from "./lib/app";
import { onCleanup, runMain } from "./lib/cleanup";
import { createExamSession, type BenchCandidate } from "./lib/exam-data";
import { keepAliveAgent, request, statusCounts, type Result } from "./lib/http";
import { ms, secs, sleep, summarize, table } from "./lib/stats";
import { startStormFloor } from "./lib/storm-floor";

const flags = readFlags();
rejectUnknown(flags, ["candidates", "window", "sockets", "port", "sync", "page"]);
const SYNC = flags.get("sync") === "true";
const PAGE = flags.get("page") === "true";
const CANDIDATES = intFlag(flags, "candidates", 500, { min: 1, max: 5000 });
const WINDOW = intFlag(flags, "window", 10, { min: 1, max: 120 });
const SOCKETS = intFlag(flags, "sockets", SYNC ? 5000 : 64, { min: 1, max: 5000 });
const PORT = intFlag(flags, "port", 3200, { min: 1024, max: 65535 });
const WARMUP = 5;
const BASELINE = 20;

type Seat = BenchCandidate & { cookie: string };
type Outcome = { start: Result; load?: Result; page?: Result; items: number; firstAt: number; lastAt: number; paperAt: number };

async function main() {
  console.log(`# Exam-start storm: ${CANDIDATES} candidates start ${SYNC ? "at the same instant (synchronised)" : `within ${WINDOW} s`}, then load their paper${PAGE ? " and the exam page" : ""}`);
  console.log(`# machine: ${os.cpus().length} cores (${os.cpus()[0]?.model ?? "?"}), ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}; load average ${os.loadavg().map((l) => l.toFixed(2)).join(" ")}; client sockets ${SOCKETS}`);
  const app = await startApp({ port: PORT });
  const prisma = createPrismaClient(app.databaseUrl);
  onCleanup("prisma disconnect", () => prisma.$disconnect());

  const exam = await createExamSession(prisma, { candidates: CANDIDATES + WARMUP + BASELINE, name: `bench-storm-${Date.now()}` });
  const seats: Seat[] = [];
  for (const c of exam.candidates) seats.push({ ...c, cookie: await sessionCookie({ userId: c.userId, name: c.name, secret: app.authSecret, candidateId: c.candidateId }) });
  console.log(`[bench] ${seats.length} candidates seated in session ${exam.sessionId} (paper of ${exam.paperItems} items)`);
  const agent = keepAliveAgent(SOCKETS);
  onCleanup("http agent", () => agent.destroy());

  const check = await request({ agent, method: "GET", url: `${app.baseUrl}/api/auth/session`, cookie: seats[0]!.cookie });
  if (check.status !== 200 || !check.body.includes(seats[0]!.userId)) throw new Error(`the minted session cookie is not accepted: ${check.status} ${check.body.slice(0, 200)}`);

  const t0 = performance.now();
  // The app (through the launcher's front server), or the floor (bench/lib/storm-floor-worker.mjs).
  type Target = { agent: typeof agent; startUrl: (s: Seat) => string; paperUrl: (attemptId: string, s: Seat) => string; cookies: boolean; page: boolean };
  const appTarget: Target = {
    agent,
    startUrl: () => `${app.baseUrl}/api/exam/sessions/${exam.sessionId}/start`,
    paperUrl: (attemptId) => `${app.baseUrl}/api/exam/attempts/${attemptId}`,
    cookies: true,
    page: PAGE,
  };
  async function startAndLoad(s: Seat, target: Target = appTarget): Promise<Outcome> {
    const firstAt = performance.now() - t0;
    const cookie = target.cookies ? s.cookie : undefined;
    const start = await request({ agent: target.agent, method: "POST", url: target.startUrl(s), cookie });
    if (start.status !== 200) return { start, items: 0, firstAt, lastAt: performance.now() - t0, paperAt: performance.now() - t0 };
    const { attemptId } = JSON.parse(start.body) as { attemptId: string };
    const load = await request({ agent: target.agent, method: "GET", url: target.paperUrl(attemptId, s), cookie });
    const paperAt = performance.now() - t0;
    const items = load.status === 200 ? ((JSON.parse(load.body) as { items?: unknown[] }).items?.length ?? 0) : 0;
    const page = target.page ? await request({ agent: target.agent, method: "GET", url: `${app.baseUrl}/exam/attempt/${attemptId}`, cookie }) : undefined;
    return { start, load, page, items, firstAt, lastAt: performance.now() - t0, paperAt };
  }
  const ok = (o: Outcome) => o.start.status === 200 && o.load?.status === 200 && o.items === exam.paperItems && (o.page === undefined || o.page.status === 200);

  // Warm-up and baseline: one candidate at a time.
  for (const s of seats.slice(0, WARMUP)) await startAndLoad(s);
  const baseline: Outcome[] = [];
  for (const s of seats.slice(WARMUP, WARMUP + BASELINE)) baseline.push(await startAndLoad(s));
  if (!baseline.every(ok)) throw new Error(`baseline start/load failed: ${statusCounts(baseline.map((o) => o.load ?? o.start))}; ${baseline.find((o) => !ok(o))?.start.body.slice(0, 300)}`);

  // The storm.
  const storm = seats.slice(WARMUP + BASELINE);
  console.log(`[bench] storm: ${storm.length} candidates ${SYNC ? "at once" : `within ${WINDOW} s`}…`);
  const s0 = performance.now() - t0;
  const cpu0 = process.cpuUsage();
  const runStorm = (target: Target) =>
    SYNC
      ? Promise.all(storm.map((s) => startAndLoad(s, target)))
      : Promise.all(storm.map((s) => new Promise<Outcome>((resolve) => setTimeout(() => void startAndLoad(s, target).then(resolve), Math.random() * WINDOW * 1000))));
  const outcomes = await runStorm(appTarget);
  const cpu = process.cpuUsage(cpu0);
  const good = outcomes.filter(ok);
  const first = Math.min(...outcomes.map((o) => o.firstAt));
  const last = Math.max(...outcomes.map((o) => o.lastAt));
  const lastPaper = Math.max(...outcomes.map((o) => o.paperAt));
  const lastScheduled = Math.max(...outcomes.map((o) => o.firstAt));
  const stormSeconds = (last - s0) / 1000;

  const row = (name: string, os: Outcome[]) => {
    const total = summarize(os.map((o) => o.start.ms + (o.load?.ms ?? 0)));
    const start = summarize(os.map((o) => o.start.ms));
    const load = summarize(os.filter((o) => o.load).map((o) => o.load!.ms));
    return [
      name,
      os.length,
      os.length - os.filter(ok).length,
      `${ms(total.p50)} / ${ms(total.p95)} / ${ms(total.p99)} / ${ms(total.max)}`,
      `${ms(start.p50)} / ${ms(start.p95)} / ${ms(start.p99)}`,
      `${ms(load.p50)} / ${ms(load.p95)} / ${ms(load.p99)}`,
    ];
  };
  console.log("");
  console.log(
    table(
      ["phase", "candidates", "failed", "start+load p50 / p95 / p99 / max", "start p50 / p95 / p99", "paper load p50 / p95 / p99"],
      [row("baseline: one candidate at a time", baseline), row(`storm: ${storm.length} ${SYNC ? "at once" : `within ${WINDOW} s`}`, outcomes)],
    ),
  );
  if (PAGE) {
    const page = (os: Outcome[]) => summarize(os.filter((o) => o.page).map((o) => o.page!.ms));
    const [b, st] = [page(baseline), page(outcomes)];
    console.log(`exam page HTML (/exam/attempt/:id, Next.js): baseline p50 ${ms(b.p50)} p99 ${ms(b.p99)}; storm p50 ${ms(st.p50)} p99 ${ms(st.p99)} max ${ms(st.max)}; last page at +${secs(last - first)}`);
  }
  console.log("");
  console.log(`storm: first start request at +0 s, last start request at +${secs(lastScheduled - first)}, **last paper on screen at +${secs(lastPaper - first)}**`);
  console.log(`storm: ${good.length}/${outcomes.length} papers received complete (${exam.paperItems} items); statuses start ${statusCounts(outcomes.map((o) => o.start))}, load ${statusCounts(outcomes.filter((o) => o.load).map((o) => o.load!))}`);
  console.log(`storm: ${((outcomes.length * (PAGE ? 3 : 2)) / stormSeconds).toFixed(1)} req/s on average; load generator CPU ${Math.round(((cpu.user + cpu.system) / 1e6 / stormSeconds) * 100)}% of a core`);
  const attempts = await prisma.attempt.count({ where: { sessionId: exam.sessionId } });
  console.log(`attempts in the database: ${attempts} (expected ${seats.length})`);

  // The floor, same run, same candidates and rows: their attempts removed, the same storm against
  // a bare node:http + pg server doing one INSERT and one SELECT (no token, no checks).
  await prisma.attempt.deleteMany({ where: { sessionId: exam.sessionId, candidateId: { in: storm.map((s) => s.candidateId) } } });
  const floor = await startStormFloor({ databaseUrl: app.databaseUrl, port: PORT + 1 });
  const floorAgent = keepAliveAgent(SOCKETS);
  onCleanup("floor http agent", () => floorAgent.destroy());
  const floorTarget: Target = {
    agent: floorAgent,
    startUrl: (s) => `${floor.baseUrl}/start/${exam.sessionId}/${s.candidateId}`,
    paperUrl: (attemptId, s) => `${floor.baseUrl}/paper/${attemptId}/${s.candidateId}`,
    cookies: false,
    page: false,
  };
  for (const s of seats.slice(0, WARMUP)) await startAndLoad(s, floorTarget);
  await sleep(1000);
  console.log(`[bench] floor storm: ${storm.length} candidates ${SYNC ? "at once" : `within ${WINDOW} s`}…`);
  const f0 = performance.now() - t0;
  const floorOutcomes = await runStorm(floorTarget);
  await floor.stop();
  const floorFirst = Math.min(...floorOutcomes.map((o) => o.firstAt));
  const floorLastPaper = Math.max(...floorOutcomes.map((o) => o.paperAt));
  console.log(table(["phase", "candidates", "failed", "start+load p50 / p95 / p99 / max", "start p50 / p95 / p99", "paper load p50 / p95 / p99"], [row(`floor storm: ${storm.length} ${SYNC ? "at once" : `within ${WINDOW} s`}`, floorOutcomes)]));
  console.log(`floor: last paper on screen at +${secs(floorLastPaper - floorFirst)} (${floorOutcomes.filter(ok).length}/${floorOutcomes.length} complete; started ${secs(f0)} into the run)`);
  console.log(`**app / floor (last paper on screen): ${((lastPaper - first) / (floorLastPaper - floorFirst)).toFixed(2)}×**; goal: last paper < 3 s → ${lastPaper - first < 3000 ? "met" : "NOT met"}`);
  console.log(`load average at the end: ${os.loadavg().map((l) => l.toFixed(2)).join(" ")} (other processes on the machine compete for the 2 cores)`);
}

runMain(main);

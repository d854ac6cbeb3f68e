// Benchmark (not a test), issue 19: practice answers with feedback against the production build
// on a real PostgreSQL, next to the exam save floor measured in the same run.
//   N students (default 1,000) each answer a practice item every --interval s (5), open loop,
//   first answer at a random moment of the first interval:
//   1. through Next.js's route handler (the same service; session tokens without a candidate id
//      make the front server pass the request on), for --seconds (60): what the front server buys;
//   2. in --rounds (3) interleaved rounds of --seconds / --rounds each, so that all three see the
//      same background load on a shared machine, and reported over all rounds:
//      a. the practice answer through the launcher's front server (src/server/practice/
//         fast-answer.ts), the way the app serves it;
//      b. the exam's answer save through the app, at the same load;
//      c. the exam save floor (bench/lib/floor-worker.mjs: node:http + pg.Pool running the exam's
//         upsert, no authentication), at the same load.
// Each practice answer is a first answer (recorded, with feedback, half of them wrong: the
// wrong-answer book is written too). Target (issue 19): p99 of answer-with-feedback under 100 ms
// at 1,000 students. Numbers are printed, never asserted.
//
// Needs a production build (`npm run build`). Starts the app with the real launcher
// (scripts/start.ts --no-build --fresh-db --demo) on --port (3200) with DATA_DIR=.data/bench.
//
// Run:   npx tsx bench/practice.ts [--students 1000] [--interval 5] [--seconds 60] [--rounds 3]
//          [--sockets 64] [--port 3200] [--floor-port 3201] [--skip-next]
// e.g.   DATABASE_URL=postgresql://postgres@127.0.0.1:5432/postgres npx tsx bench/practice.ts
import os from "node:os";
import { createPrismaClient } from "../src/server/db/client";
import { intFlag, readFlags, rejectUnknown } from "./lib/args";
import { sessionCookie } from "./lib/auth-cookie";
import { startApp } from "./lib/app";
import { onCleanup, runMain } from "./lib/cleanup";
import { createExamSession, type BenchCandidate } from "./lib/exam-data";
import { startFloor } from "./lib/floor";
import { keepAliveAgent, mapLimit, request, statusCounts, type Result } from "./lib/http";
import { openLoop, report, reportTable, type PhaseReport } from "./lib/load";
import { createPracticeDrills, type BenchDrill } from "./lib/practice-data";
import { ms, sleep } from "./lib/stats";

const flags = readFlags();
rejectUnknown(flags, ["students", "interval", "seconds", "rounds", "sockets", "port", "floor-port", "skip-next"]);
const STUDENTS = intFlag(flags, "students", 1000, { min: 1, max: 5000 });
const INTERVAL = intFlag(flags, "interval", 5, { min: 1, max: 60 });
const SECONDS = intFlag(flags, "seconds", 60, { min: 5, max: 600 });
const SOCKETS = intFlag(flags, "sockets", 64, { min: 1, max: 1024 });
const PORT = intFlag(flags, "port", 3200, { min: 1024, max: 65535 });
const FLOOR_PORT = intFlag(flags, "floor-port", 3201, { min: 1024, max: 65535 });
const ROUNDS = intFlag(flags, "rounds", 3, { min: 1, max: 10 });
const SKIP_NEXT = flags.has("skip-next");
const PER_PHASE = Math.ceil(SECONDS / INTERVAL) + 1;

type Student = BenchCandidate & { cookie: string; cookieNoCid: string; attemptId: string; seq: number; drills: Record<string, BenchDrill> };

function practiceBody(s: Student, kind: string) {
  const d = s.drills[kind]!;
  const item = d.items[d.next % d.items.length]!;
  d.next += 1;
  s.seq += 1;
  return { drillId: d.drillId, json: { itemVersionId: item.versionId, response: d.next % 2 ? item.right : item.wrong, seq: s.seq } };
}

function examBody(s: Student) {
  const item = s.items[Math.floor(Math.random() * s.items.length)]!;
  s.seq += 1;
  return { itemVersionId: item.versionId, response: [item.keys[Math.floor(Math.random() * item.keys.length)]!], seq: s.seq };
}

function schedule(students: Student[], send: (s: Student) => Promise<Result>, seconds = SECONDS) {
  const out: Array<{ at: number; send: () => Promise<Result> }> = [];
  for (const s of students) {
    const offset = Math.random() * INTERVAL * 1000;
    for (let at = offset; at < seconds * 1000; at += INTERVAL * 1000) out.push({ at, send: () => send(s) });
  }
  return out;
}

async function main() {
  console.log(`# Practice benchmark: ${STUDENTS} students, one answer every ${INTERVAL} s each, ${SECONDS} s per phase`);
  console.log(`# machine: ${os.cpus().length} cores (${os.cpus()[0]?.model ?? "?"}), ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}; load average ${os.loadavg().map((l) => l.toFixed(2)).join(" ")}`);
  const app = await startApp({ port: PORT });
  const prisma = createPrismaClient(app.databaseUrl);
  onCleanup("prisma disconnect", () => prisma.$disconnect());

  let t = performance.now();
  const exam = await createExamSession(prisma, { candidates: STUDENTS, name: `bench-practice-${Date.now()}` });
  const drills = await createPracticeDrills(prisma, { candidateIds: exam.candidates.map((c) => c.candidateId), kinds: ["warm", "front", "next"], itemsPerDrill: PER_PHASE + 2 });
  const students: Student[] = [];
  for (const c of exam.candidates) {
    students.push({
      ...c,
      cookie: await sessionCookie({ userId: c.userId, name: c.name, secret: app.authSecret, candidateId: c.candidateId }),
      cookieNoCid: await sessionCookie({ userId: c.userId, name: c.name, secret: app.authSecret }),
      attemptId: "",
      seq: 0,
      drills: drills.get(c.candidateId)!,
    });
  }
  console.log(`[bench] ${STUDENTS} students with drills of ${PER_PHASE + 2} practice items and an exam seat, cookies minted, in ${((performance.now() - t) / 1000).toFixed(1)} s`);

  const agent = keepAliveAgent(SOCKETS);
  onCleanup("http agent", () => agent.destroy());
  const check = await request({ agent, method: "GET", url: `${app.baseUrl}/api/auth/session`, cookie: students[0]!.cookie });
  if (check.status !== 200 || (JSON.parse(check.body || "null") as { user?: { id?: string } } | null)?.user?.id !== students[0]!.userId) {
    throw new Error(`the minted session cookie is not accepted: ${check.status} ${check.body.slice(0, 200)}`);
  }

  const answer = (s: Student, kind: string, viaNext: boolean) => {
    const { drillId, json } = practiceBody(s, kind);
    return request({ agent, method: "POST", url: `${app.baseUrl}/api/practice/drills/${drillId}/answers`, cookie: viaNext ? s.cookieNoCid : s.cookie, json });
  };
  const saveApp = (s: Student) => request({ agent, method: "POST", url: `${app.baseUrl}/api/exam/attempts/${s.attemptId}/answers`, cookie: s.cookie, json: examBody(s) });

  // Exam attempts (for the app's saves and the floor), started through the API (not measured).
  t = performance.now();
  const starts = await mapLimit(students, 16, async (s) => {
    const r = await request({ agent, method: "POST", url: `${app.baseUrl}/api/exam/sessions/${exam.sessionId}/start`, cookie: s.cookie });
    if (r.status === 200) s.attemptId = (JSON.parse(r.body) as { attemptId: string }).attemptId;
    return r;
  });
  if (students.some((s) => !s.attemptId)) throw new Error(`not every attempt started: ${statusCounts(starts)}`);
  console.log(`[bench] ${STUDENTS} exam attempts started in ${((performance.now() - t) / 1000).toFixed(1)} s`);
  const floor = await startFloor({ databaseUrl: app.databaseUrl, port: FLOOR_PORT, attempts: students.map((s) => [s.attemptId, s.candidateId]) });
  const floorAgent = keepAliveAgent(SOCKETS);
  onCleanup("floor http agent", () => floorAgent.destroy());
  const saveFloor = (s: Student) => request({ agent: floorAgent, method: "POST", url: `${floor.baseUrl}/attempts/${s.attemptId}/answers`, json: examBody(s) });

  // Warm-up of every path (JIT, pools; not counted), then one client alone on each.
  const some = students.slice(0, Math.min(STUDENTS, 300));
  const warm = await mapLimit(some, 16, (s) => answer(s, "warm", false));
  if (warm.some((r) => r.status !== 200)) throw new Error(`warm-up answers failed: ${statusCounts(warm)}; ${warm.find((r) => r.status !== 200)?.body.slice(0, 300)}`);
  const feedback = JSON.parse(warm[0]!.body) as { key?: string[]; explanation?: string };
  if (!Array.isArray(feedback.key)) throw new Error(`no feedback in the answer: ${warm[0]!.body.slice(0, 200)}`);
  await mapLimit(some, 16, (s) => saveApp(s));
  await mapLimit(some, 16, (s) => saveFloor(s));
  const reports: PhaseReport[] = [];
  const alone = async (name: string, send: (s: Student) => Promise<Result>) => {
    const results: Result[] = [];
    for (let i = 0; i < 100; i++) results.push(await send(students[(300 + i) % STUDENTS]!));
    reports.push(report(name, results, results.reduce((a, r) => a + r.ms, 0) / 1000, { user: 0, system: 0 }));
  };
  await alone("practice, front server: 1 client, sequential", (s) => answer(s, "warm", false));
  if (!SKIP_NEXT) await alone("practice, Next.js route: 1 client, sequential", (s) => answer(s, "warm", true));
  await alone("exam save floor: 1 client, sequential", saveFloor);

  // 1. Practice through Next.js's route handler.
  if (!SKIP_NEXT) {
    await sleep(2000);
    console.log(`[bench] open loop: ${STUDENTS} students answering every ${INTERVAL} s through Next.js's route handler…`);
    reports.push(await openLoop(`practice, Next.js route: ${STUDENTS} students, 1 answer / ${INTERVAL} s, ${SECONDS} s`, schedule(students, (s) => answer(s, "next", true))));
  }

  // 2. Interleaved rounds: practice (front server), exam saves (app), the floor.
  const kinds = [
    { name: `practice, front server: ${STUDENTS} students, 1 answer / ${INTERVAL} s`, send: (s: Student) => answer(s, "front", false), results: [] as Result[], seconds: 0, cpu: 0 },
    { name: `exam save, app: ${STUDENTS} candidates, 1 save / ${INTERVAL} s`, send: saveApp, results: [] as Result[], seconds: 0, cpu: 0 },
    { name: `exam save floor: ${STUDENTS} candidates, 1 save / ${INTERVAL} s`, send: saveFloor, results: [] as Result[], seconds: 0, cpu: 0 },
  ];
  const perRound = SECONDS / ROUNDS;
  const lagMax = new Map<string, number>();
  for (let round = 1; round <= ROUNDS; round++) {
    for (const k of kinds) {
      await sleep(2000);
      console.log(`[bench] round ${round}/${ROUNDS}: ${k.name}, ${perRound.toFixed(0)} s…`);
      const r = await openLoop(k.name, schedule(students, k.send, perRound), k.results);
      k.seconds += r.seconds;
      k.cpu += r.clientCpu * r.seconds;
      lagMax.set(k.name, Math.max(lagMax.get(k.name) ?? 0, r.timerLagMax ?? 0));
    }
  }
  await floor.stop();
  for (const k of kinds) {
    const r = report(`${k.name}, ${ROUNDS} × ${perRound.toFixed(0)} s`, k.results, k.seconds, { user: k.cpu * 1e6, system: 0 }, lagMax.get(k.name));
    reports.push(r);
  }

  const recorded = await prisma.practiceAnswer.count();
  const book = await prisma.practiceMistake.count();
  console.log("");
  console.log(reportTable(reports));
  console.log("");
  for (const r of reports) if (r.timerLagMax !== undefined) console.log(`${r.name}: client timer lag max ${ms(r.timerLagMax)}`);
  console.log(`practice answers recorded: ${recorded}; wrong-answer book rows: ${book}`);
  const front = reports.find((r) => r.name.startsWith("practice, front server:") && r.name.includes(" × "));
  const floorLoop = reports.find((r) => r.name.startsWith("exam save floor:") && r.name.includes(" × "));
  if (front && floorLoop) {
    console.log(`answer-with-feedback p99 = ${ms(front.latency.p99)} next to the exam save floor's p99 = ${ms(floorLoop.latency.p99)} at the same load (×${(front.latency.p99 / floorLoop.latency.p99).toFixed(1)})`);
    console.log(`target p99 < 100 ms at ${STUDENTS} students: ${front.latency.p99 < 100 ? "met" : "NOT met"}`);
  }
  console.log(`load average at the end: ${os.loadavg().map((l) => l.toFixed(2)).join(" ")}`);
}

runMain(main);

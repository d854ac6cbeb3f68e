// Benchmark (not a test), issue 20: answer saves at saturation through the two-server topology
// (nginx → two app servers → PgBouncer → primary with a synchronous standby; scripts/cluster/)
// compared with one server of the same cluster (app server 1 directly, the same database path),
// in the same run, in interleaved rounds (one, two, one, two, …) so that both see the same
// background load. The ratio two/one is what a second app machine buys; on one machine the two
// servers share its cores, so the ratio here is a floor of what separate machines give.
// Numbers are printed, never asserted.
//
// Needs a production build (`npm run build`), nginx, pgbouncer and PostgreSQL's server binaries.
// Ports as `npm run cluster:up` (CLUSTER_HTTP_PORT, CLUSTER_PG_PORT); it starts its own cluster
// in /tmp/skills-cluster-bench-<port> and stops it at the end.
//
// Run:   npx tsx bench/cluster.ts [--candidates 200] [--workers 32] [--seconds 15] [--rounds 2]
import os from "node:os";
import path from "node:path";
import { clusterLayout } from "../scripts/cluster/config";
import { root, startCluster, type Cluster } from "../scripts/cluster/cluster";
import { clusterPorts } from "../scripts/cluster/ports";
import { buildIsCurrent } from "../scripts/lib/build-hash";
import { createPrismaClient } from "../src/server/db/client";
import { intFlag, readFlags, rejectUnknown } from "./lib/args";
import { sessionCookie } from "./lib/auth-cookie";
import { onCleanup, runMain } from "./lib/cleanup";
import { createExamSession, type BenchCandidate } from "./lib/exam-data";
import { keepAliveAgent, mapLimit, request, statusCounts } from "./lib/http";
import { closedLoop, reportTable, type PhaseReport } from "./lib/load";
import { sleep } from "./lib/stats";

const flags = readFlags();
rejectUnknown(flags, ["candidates", "workers", "seconds", "rounds", "sockets"]);
const CANDIDATES = intFlag(flags, "candidates", 200, { min: 1, max: 5000 });
const WORKERS = intFlag(flags, "workers", 32, { min: 1, max: 256 });
const SECONDS = intFlag(flags, "seconds", 15, { min: 3, max: 120 });
const ROUNDS = intFlag(flags, "rounds", 2, { min: 1, max: 10 });
const SOCKETS = intFlag(flags, "sockets", 64, { min: 1, max: 1024 });

type Seat = BenchCandidate & { cookie: string; attemptId: string; seq: number };

function answerBody(seat: Seat) {
  const item = seat.items[Math.floor(Math.random() * seat.items.length)]!;
  seat.seq += 1;
  return { itemVersionId: item.versionId, response: [item.keys[Math.floor(Math.random() * item.keys.length)]!], seq: seat.seq };
}

async function seat(cluster: Cluster): Promise<Seat[]> {
  const prisma = createPrismaClient(cluster.primaryUrl());
  try {
    const exam = await createExamSession(prisma, { candidates: CANDIDATES, name: `bench-cluster-${Date.now()}` });
    const seats: Seat[] = [];
    for (const c of exam.candidates) seats.push({ ...c, cookie: await sessionCookie({ userId: c.userId, name: c.name, secret: cluster.authSecret, candidateId: c.candidateId }), attemptId: "", seq: 0 });
    const agent = keepAliveAgent(16);
    const starts = await mapLimit(seats, 16, async (s) => {
      const r = await request({ agent, method: "POST", url: `${cluster.url}/api/exam/sessions/${exam.sessionId}/start`, cookie: s.cookie });
      if (r.status === 200) s.attemptId = (JSON.parse(r.body) as { attemptId: string }).attemptId;
      return r;
    });
    agent.destroy();
    if (seats.some((s) => !s.attemptId)) throw new Error(`not every attempt started: ${statusCounts(starts)}`);
    return seats;
  } finally {
    await prisma.$disconnect();
  }
}

async function main() {
  if (!buildIsCurrent(root)) throw new Error("the production build is missing or out of date: run `npm run build` first");
  console.log(`# Cluster benchmark: answer saves at saturation, ${WORKERS} workers × ${SECONDS} s, ${ROUNDS} interleaved rounds, ${CANDIDATES} candidates`);
  console.log(`# machine: ${os.cpus().length} cores (${os.cpus()[0]?.model ?? "?"}), Node ${process.version}; load average ${os.loadavg().map((l) => l.toFixed(2)).join(" ")}`);
  const ports = clusterPorts();
  const cluster = await startCluster(clusterLayout({ ...ports, dir: path.join("/tmp", `skills-cluster-bench-${ports.httpBase}`) }), { demo: true });
  onCleanup("stop the cluster", () => cluster.stop());
  const seats = await seat(cluster);
  console.log(`[bench] ${seats.length} attempts started through nginx`);

  const agent = keepAliveAgent(SOCKETS);
  onCleanup("http agent", () => agent.destroy());
  const pick = (w: number, n: number) => seats[(w + WORKERS * n) % seats.length]!;
  const save = (base: string) => (w: number, n: number) => {
    const s = pick(w, n);
    return request({ agent, method: "POST", url: `${base}/api/exam/attempts/${s.attemptId}/answers`, cookie: s.cookie, json: answerBody(s) });
  };
  const targets = [
    { name: "one server (app server 1 directly)", base: cluster.appUrl(0) },
    { name: "two servers (nginx → app servers 1 and 2)", base: cluster.url },
  ];
  // Warm-up of both servers through nginx and of server 1 directly (JIT, pools); not counted.
  for (const t of targets) await closedLoop(`warm-up ${t.name}`, 8, 3, save(t.base));

  const reports: PhaseReport[] = [];
  const sums = new Map<string, number[]>();
  for (let round = 1; round <= ROUNDS; round++) {
    for (const t of targets) {
      await sleep(2000);
      console.log(`[bench] round ${round}: ${t.name}…`);
      const r = await closedLoop(`round ${round}: ${t.name}`, WORKERS, SECONDS, save(t.base));
      reports.push(r);
      sums.set(t.name, [...(sums.get(t.name) ?? []), r.throughput]);
    }
  }
  console.log("");
  console.log(reportTable(reports));
  console.log("");
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  const one = mean(sums.get(targets[0]!.name)!);
  const two = mean(sums.get(targets[1]!.name)!);
  console.log(`mean throughput: one server ${one.toFixed(0)} saves/s, two servers ${two.toFixed(0)} saves/s → two/one = ${(two / one).toFixed(2)}`);
  console.log(`load average at the end: ${os.loadavg().map((l) => l.toFixed(2)).join(" ")} (every process of the cluster and this load generator share the machine's cores)`);
}

runMain(main);

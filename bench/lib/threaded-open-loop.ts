// The open loop of bench/answer-saves.ts split over worker threads (bench/lib/open-loop-worker.mjs),
// for many thousands of candidates: one event loop cannot fire 1,000 saves a second on time on a
// busy 2-core machine, and a late generator would be mistaken for a slow server. Each thread takes
// every k-th candidate and reports its own timer lag and event-loop utilisation.
import { Worker } from "node:worker_threads";
import { onCleanup } from "./cleanup";
import { report, type PhaseReport } from "./load";
import { summarize, type Summary } from "./stats";

export type ThreadSeat = { attemptId: string; cookie: string; seq: number; items: Array<{ versionId: string; keys: string[] }> };
type Done = { latencies: Float64Array; lags: Float64Array; statuses: Record<string, number>; seconds: number; elu: number };

export type ThreadedReport = PhaseReport & { timerLag: Summary; threadElu: number[] };

export async function threadedOpenLoop(name: string, options: { port: number; seats: ThreadSeat[]; seconds: number; interval: number; threads: number; sockets: number; floor?: boolean }): Promise<ThreadedReport> {
  const workers = Array.from({ length: options.threads }, (_, k) => {
    const seats = options.seats.filter((_, i) => i % options.threads === k).map((s) => ({ attemptId: s.attemptId, cookie: s.cookie, seq: s.seq, items: s.items }));
    return new Worker(new URL("./open-loop-worker.mjs", import.meta.url), {
      workerData: { port: options.port, floor: options.floor === true, seats, seconds: options.seconds, interval: options.interval, sockets: Math.max(1, Math.ceil(options.sockets / options.threads)) },
    });
  });
  onCleanup("open-loop threads", async () => void (await Promise.all(workers.map((w) => w.terminate()))));
  await Promise.all(workers.map((w) => new Promise<void>((resolve, reject) => (w.once("error", reject), w.once("message", () => resolve())))));
  const done = workers.map((w) => new Promise<Done>((resolve, reject) => (w.once("error", reject), w.once("message", (m: Done) => resolve(m)))));
  const cpu0 = process.cpuUsage();
  for (const w of workers) w.postMessage("go");
  const results = await Promise.all(done);
  const cpu = process.cpuUsage(cpu0);
  await Promise.all(workers.map((w) => w.terminate()));
  // Every thread's seq moved on: keep the candidates' counters ahead of what was sent.
  for (const s of options.seats) s.seq += Math.ceil(options.seconds / options.interval) + 1;
  // Statuses are counted per thread; the latency distribution is taken from every request.
  const all = results.flatMap((r) => Object.entries(r.statuses).flatMap(([status, count]) => Array.from({ length: count }, () => ({ status: Number(status), ms: 0, body: "" }))));
  const seconds = Math.max(...results.map((r) => r.seconds));
  const rep = report(name, all, seconds, cpu);
  rep.latency = summarize(results.flatMap((r) => Array.from(r.latencies)));
  const lags = results.flatMap((r) => Array.from(r.lags));
  const timerLag = summarize(lags);
  return { ...rep, timerLagMax: timerLag.max, timerLag, threadElu: results.map((r) => r.elu) };
}

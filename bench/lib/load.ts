// Load shapes shared by the HTTP benchmarks: open loop (each virtual user on its own schedule)
// and closed loop (W workers, each sending the next request when the last one answered).
import { summarize, table, ms, type Summary } from "./stats";
import type { Result } from "./http";
import { statusCounts } from "./http";

export type PhaseReport = {
  name: string;
  requests: number;
  ok: number;
  errors: number;
  seconds: number;
  throughput: number;
  latency: Summary;
  statuses: string;
  clientCpu: number; // share of one core used by this (load generator) process
  timerLagMax?: number;
};

export function report(name: string, results: Result[], seconds: number, cpu: NodeJS.CpuUsage, timerLagMax?: number): PhaseReport {
  const ok = results.filter((r) => r.status >= 200 && r.status < 300).length;
  return {
    name,
    requests: results.length,
    ok,
    errors: results.length - ok,
    seconds,
    throughput: ok / seconds,
    latency: summarize(results.map((r) => r.ms)),
    statuses: statusCounts(results),
    clientCpu: (cpu.user + cpu.system) / 1e6 / seconds,
    timerLagMax,
  };
}

export function reportTable(rows: PhaseReport[]): string {
  return table(
    ["phase", "requests", "errors", "throughput", "p50", "p95", "p99", "max", "statuses", "load-gen CPU"],
    rows.map((r) => [
      r.name,
      r.requests,
      r.errors,
      `${r.throughput.toFixed(1)} req/s`,
      ms(r.latency.p50),
      ms(r.latency.p95),
      ms(r.latency.p99),
      ms(r.latency.max),
      r.statuses,
      `${Math.round(r.clientCpu * 100)}%`,
    ]),
  );
}

/**
 * Open loop: `schedule` lists [atMs, send] pairs; each fires at its time whatever else is in
 * flight. `collect`, when given, receives every result too (to report several loops as one).
 */
export async function openLoop(name: string, schedule: Array<{ at: number; send: () => Promise<Result> }>, collect?: Result[]): Promise<PhaseReport> {
  const results: Result[] = [];
  let lagMax = 0;
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  let last = t0;
  await Promise.all(
    schedule.map(
      (s) =>
        new Promise<void>((resolve) => {
          setTimeout(() => {
            lagMax = Math.max(lagMax, performance.now() - t0 - s.at);
            void s.send().then((r) => {
              results.push(r);
              collect?.push(r);
              last = performance.now();
              resolve();
            });
          }, s.at);
        }),
    ),
  );
  const seconds = Math.max(last - t0, 1) / 1000;
  return report(name, results, seconds, process.cpuUsage(cpu0), lagMax);
}

/** Closed loop: `workers` loops sending as fast as answers come back, for `seconds`. */
export async function closedLoop(name: string, workers: number, seconds: number, send: (worker: number, n: number) => Promise<Result>): Promise<PhaseReport> {
  const results: Result[] = [];
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const end = t0 + seconds * 1000;
  await Promise.all(
    Array.from({ length: workers }, async (_, w) => {
      for (let n = 0; performance.now() < end; n++) results.push(await send(w, n));
    }),
  );
  const elapsed = (performance.now() - t0) / 1000;
  return report(name, results, elapsed, process.cpuUsage(cpu0));
}

// Starts a floor server (a bare node:http + pg worker: bench/lib/floor-worker.mjs for answer saves,
// storm-floor-worker.mjs for the exam start) in a worker thread of this process.
import { Worker } from "node:worker_threads";
import { onCleanup } from "./cleanup";

/**
 * Runs `script` (next to this file) in a worker thread with `workerData`, waits for its
 * `{ ready: true }`, and returns its base URL on `port` and a stop that asks it to close (5 s at
 * most) and ends the thread; the stop is also registered as a cleanup named `label`.
 */
export async function startFloorWorker(script: string, options: { port: number; workerData: Record<string, unknown>; label: string }) {
  const worker = new Worker(new URL(script, import.meta.url), { workerData: { ...options.workerData, port: options.port } });
  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    const done = new Promise<void>((resolve) => worker.on("message", (m: { stopped?: boolean }) => m.stopped && resolve()));
    worker.postMessage("stop");
    await Promise.race([done, new Promise((r) => setTimeout(r, 5000))]);
    await worker.terminate();
  };
  onCleanup(options.label, stop);
  await new Promise<void>((resolve, reject) => {
    worker.once("error", reject);
    worker.on("message", (m: { ready?: boolean }) => m.ready && resolve());
  });
  return { baseUrl: `http://127.0.0.1:${options.port}`, stop };
}

/** The answer-save floor on `port`, knowing which candidate owns each attempt. */
export function startFloor(options: { databaseUrl: string; port: number; attempts: Array<[attemptId: string, candidateId: string]>; grace?: number; poolMax?: number }) {
  return startFloorWorker("./floor-worker.mjs", {
    port: options.port,
    label: "stop the floor server",
    workerData: { databaseUrl: options.databaseUrl, attempts: options.attempts, grace: options.grace ?? 5, poolMax: options.poolMax ?? 10 },
  });
}

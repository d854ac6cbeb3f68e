// Starts the answer-save floor (bench/lib/floor-worker.mjs) in a worker thread of this process.
import { Worker } from "node:worker_threads";
import { onCleanup } from "./cleanup";

export async function startFloor(options: { databaseUrl: string; port: number; attempts: Array<[attemptId: string, candidateId: string]>; grace?: number; poolMax?: number }) {
  const worker = new Worker(new URL("./floor-worker.mjs", import.meta.url), {
    workerData: { databaseUrl: options.databaseUrl, port: options.port, attempts: options.attempts, grace: options.grace ?? 5, poolMax: options.poolMax ?? 10 },
  });
  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    const done = new Promise<void>((resolve) => worker.on("message", (m: { stopped?: boolean }) => m.stopped && resolve()));
    worker.postMessage("stop");
    await Promise.race([done, new Promise((r) => setTimeout(r, 5000))]);
    await worker.terminate();
  };
  onCleanup("stop the floor server", stop);
  await new Promise<void>((resolve, reject) => {
    worker.once("error", reject);
    worker.on("message", (m: { ready?: boolean }) => m.ready && resolve());
  });
  return { baseUrl: `http://127.0.0.1:${options.port}`, stop };
}

// Starts the exam-start floor (bench/lib/storm-floor-worker.mjs) in a worker thread of this process.
import { Worker } from "node:worker_threads";
import { onCleanup } from "./cleanup";

export async function startStormFloor(options: { databaseUrl: string; port: number; poolMax?: number }) {
  const worker = new Worker(new URL("./storm-floor-worker.mjs", import.meta.url), { workerData: { databaseUrl: options.databaseUrl, port: options.port, poolMax: options.poolMax ?? 10 } });
  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    const done = new Promise<void>((resolve) => worker.on("message", (m: { stopped?: boolean }) => m.stopped && resolve()));
    worker.postMessage("stop");
    await Promise.race([done, new Promise((r) => setTimeout(r, 5000))]);
    await worker.terminate();
  };
  onCleanup("stop the storm floor", stop);
  await new Promise<void>((resolve, reject) => {
    worker.once("error", reject);
    worker.on("message", (m: { ready?: boolean }) => m.ready && resolve());
  });
  return { baseUrl: `http://127.0.0.1:${options.port}`, stop };
}

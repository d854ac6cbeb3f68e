// Starts the exam-start floor (bench/lib/storm-floor-worker.mjs) in a worker thread of this process.
import { startFloorWorker } from "./floor";

export function startStormFloor(options: { databaseUrl: string; port: number; poolMax?: number }) {
  return startFloorWorker("./storm-floor-worker.mjs", { port: options.port, label: "stop the storm floor", workerData: { databaseUrl: options.databaseUrl, poolMax: options.poolMax ?? 10 } });
}

// Use case: is the app up? Its database reachable, its file storage usable, the deadline sweep
// running? Public (load balancers and monitors call it without signing in), so it reports states
// only: no paths, hosts, versions or error texts. `ok` (HTTP 200 vs 503) follows the database and
// the storage; the sweep is reported but does not make the instance unready.
import fs from "node:fs/promises";
import { getPrisma } from "../db/client";
import { getEnv } from "../env";
import { sweepStatus } from "../exam/sweep";
import { getStorage, storageFolder } from "../storage";

export type Health = {
  ok: boolean;
  database: "up" | "down";
  storage: "up" | "down";
  sweep: ReturnType<typeof sweepStatus>["state"];
  sweepLastRunAt: string | null;
};

const TIMEOUT_MS = 3000;

async function probe(check: () => Promise<unknown>): Promise<"up" | "down"> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<"down">((resolve) => {
    timer = setTimeout(() => resolve("down"), TIMEOUT_MS);
  });
  try {
    return await Promise.race([check().then(() => "up" as const), timeout]);
  } catch {
    return "down";
  } finally {
    clearTimeout(timer);
  }
}

async function storageUsable(): Promise<void> {
  if (getEnv().STORAGE_DRIVER === "s3") {
    await getStorage().stat("health/probe"); // null when absent; throws when the bucket is unreachable
    return;
  }
  const folder = storageFolder();
  await fs.mkdir(folder, { recursive: true });
  await fs.access(folder, fs.constants.W_OK);
}

export async function checkHealth(now = new Date()): Promise<Health> {
  const [database, storage] = await Promise.all([probe(() => getPrisma().$queryRaw`SELECT 1`), probe(storageUsable)]);
  const sweep = sweepStatus(now);
  return { ok: database === "up" && storage === "up", database, storage, sweep: sweep.state, sweepLastRunAt: sweep.lastRunAt };
}

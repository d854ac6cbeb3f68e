// Recovering the embedded PostgreSQL's data folder after a run that did not stop cleanly (the
// launcher killed, the machine's power cut): a postmaster.pid whose process is gone, or a
// postmaster of this data folder still running with nobody to stop it (issue 12, fault 3).
// See docs/operations.md ("What heals by itself").
import fs from "node:fs";
import path from "node:path";
import { processAlive as alive } from "../process/tied-child";

/** True when `pid` runs a PostgreSQL server program (Linux: /proc; elsewhere assumed when alive). */
function isPostgres(pid: number): boolean {
  try {
    return /(^|\/)postgres\0/.test(fs.readFileSync(`/proc/${pid}/cmdline`, "utf8"));
  } catch {
    return !fs.existsSync("/proc") && alive(pid);
  }
}

function pidFile(databaseDir: string): { pid: number; dir: string } | null {
  try {
    const [pid, dir] = fs.readFileSync(path.join(databaseDir, "postmaster.pid"), "utf8").split("\n");
    return { pid: Number(pid), dir: dir ?? "" };
  } catch {
    return null;
  }
}

/** The pid of a live postmaster serving `databaseDir` (from its postmaster.pid), or null. */
export function runningPostmaster(databaseDir: string): number | null {
  const found = pidFile(databaseDir);
  if (!found || !Number.isInteger(found.pid) || found.pid <= 0) return null;
  if (path.resolve(found.dir) !== path.resolve(databaseDir)) return null;
  return alive(found.pid) && isPostgres(found.pid) ? found.pid : null;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Stops a postmaster by pid: fast shutdown (SIGINT), then smart (SIGTERM), then immediate
 * (SIGQUIT), waiting for it to be gone. Never SIGKILL: that would leave its backends behind.
 */
export async function stopPid(pid: number): Promise<void> {
  for (const [signal, waitMs] of [["SIGINT", 5000], ["SIGTERM", 3000], ["SIGQUIT", 5000]] as const) {
    try {
      process.kill(pid, signal);
    } catch {
      return;
    }
    const started = Date.now();
    while (Date.now() - started < waitMs) {
      if (!alive(pid)) return;
      await sleep(100);
    }
  }
}

/**
 * Makes `databaseDir` ready for a new server after a crashed run. Returns a one-line
 * explanation of what it did, or null when there was nothing to do.
 */
export async function recoverDataFolder(databaseDir: string): Promise<string | null> {
  const found = pidFile(databaseDir);
  if (!found) return null;
  const running = runningPostmaster(databaseDir);
  if (running) {
    await stopPid(running);
    return `a PostgreSQL server of this data folder was still running (pid ${running}, left behind by a run that did not stop cleanly): stopped it`;
  }
  fs.rmSync(path.join(databaseDir, "postmaster.pid"), { force: true });
  return `removed a stale postmaster.pid (pid ${found.pid} is gone: the previous run did not stop cleanly)`;
}

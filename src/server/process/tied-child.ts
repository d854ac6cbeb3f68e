// Child processes that never outlive the process that started them (the launcher). Used by the
// launcher's supervisor (scripts/lib/supervisor.ts) and the embedded PostgreSQL (../db/embedded.ts).
import { spawn, spawnSync, type SpawnOptions } from "node:child_process";
import fs from "node:fs";

/** A running child: its pid, a promise of its end, and a way to stop it (resolves once gone). */
export type Running = {
  pid: number;
  /** Resolves when the process has ended, with a short description ("code 1", "signal SIGKILL"). */
  exited: Promise<string>;
  stop(): Promise<void>;
};

export type StopStep = { signal: NodeJS.Signals; waitMs: number };

let setprivWorks: boolean | undefined;

/**
 * True when util-linux's `setpriv --pdeathsig` works here (Linux): the kernel then signals the
 * child when the launcher dies, even by SIGKILL.
 */
export function canTieToParent(): boolean {
  setprivWorks ??= spawnSync("setpriv", ["--pdeathsig", "TERM", "--", "true"], { stdio: "ignore" }).status === 0;
  return setprivWorks;
}

/**
 * Spawns `command` as a child that dies with this process: on Linux through
 * `setpriv --pdeathsig <deathSignal> -- command …` (setpriv execs the command, so the pid is the
 * command's), elsewhere directly (a crashed launcher's leftovers are then stopped by the next
 * start, docs/operations.md). `stop()` walks `stopSequence` (default SIGTERM, then SIGKILL after
 * 10 s) until the child has exited.
 */
export function spawnTied(
  command: string,
  args: string[],
  options: SpawnOptions & { deathSignal?: NodeJS.Signals; stopSequence?: StopStep[] },
): Running & { child: ReturnType<typeof spawn> } {
  const { deathSignal = "SIGTERM", stopSequence = [{ signal: "SIGTERM", waitMs: 10_000 }, { signal: "SIGKILL", waitMs: 5_000 }], ...spawnOptions } = options;
  const tied = canTieToParent();
  const child = tied ? spawn("setpriv", ["--pdeathsig", deathSignal.replace(/^SIG/, ""), "--", command, ...args], spawnOptions) : spawn(command, args, spawnOptions);
  let done = false;
  const exited = new Promise<string>((resolve) => {
    child.once("error", (error) => {
      done = true;
      resolve(`could not start: ${error.message}`);
    });
    child.once("exit", (code, signal) => {
      done = true;
      resolve(signal ? `signal ${signal}` : `code ${code}`);
    });
  });
  let stopping: Promise<void> | undefined;
  return {
    child,
    pid: child.pid ?? -1,
    exited,
    stop() {
      stopping ??= (async () => {
        for (const step of stopSequence) {
          if (done) return;
          child.kill(step.signal);
          let timer: NodeJS.Timeout | undefined;
          await Promise.race([exited, new Promise((r) => (timer = setTimeout(r, step.waitMs)))]);
          clearTimeout(timer);
        }
      })();
      return stopping;
    },
  };
}

/**
 * True when `pid` is a live process. A zombie (ended, not yet reaped: in a container whose
 * init does not reap, an orphan stays one) counts as ended (Linux /proc; elsewhere signal 0 only).
 */
export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EPERM") return false;
  }
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2, stat.lastIndexOf(")") + 3) !== "Z";
  } catch {
    return !fs.existsSync("/proc");
  }
}

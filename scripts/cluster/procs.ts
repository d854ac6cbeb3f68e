// Process helpers for the local cluster: run PostgreSQL's and PgBouncer's tools as a non-root
// user (they refuse root), wait for ports, stop by pid. Only pids the cluster recorded are signalled.
import { spawn, spawnSync, type SpawnSyncOptions } from "node:child_process";
import fs from "node:fs";
import net from "node:net";

export type RunAs = { uid: number; gid: number } | undefined;

/** When run as root: the `postgres` system user (Debian's packages create it); else nobody in particular. */
export function serviceUser(): RunAs {
  if (process.getuid?.() !== 0) return undefined;
  const uid = Number(spawnSync("id", ["-u", "postgres"], { encoding: "utf8" }).stdout.trim());
  const gid = Number(spawnSync("id", ["-g", "postgres"], { encoding: "utf8" }).stdout.trim());
  if (!uid || !gid) throw new Error("running as root needs the `postgres` system user (apt-get install postgresql)");
  return { uid, gid };
}

/** Makes `dir` (and what is in it) belong to the service user, so its processes can write there. */
export function giveTo(user: RunAs, dir: string): void {
  if (!user) return;
  spawnSync("chown", ["-R", `${user.uid}:${user.gid}`, dir]);
}

/** Runs a command to its end as `user`; throws with its output (when piped) on a non-zero exit. */
export function runTool(user: RunAs, cmd: string, args: string[], options: SpawnSyncOptions = {}): string {
  const result = spawnSync(cmd, args, { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"], ...options, ...(user ?? {}), env: { ...process.env, LC_ALL: "C.UTF-8", ...options.env } });
  if (result.status !== 0) {
    throw new Error(`${cmd} ${args.join(" ")} failed (${result.status ?? result.signal}):\n${String(result.stdout ?? "")}${String(result.stderr ?? "")}`);
  }
  return String(result.stdout ?? "");
}

/** Starts a long-running process detached (its own process group), output appended to `logFile`. */
export function startDetached(user: RunAs, cmd: string, args: string[], options: { logFile: string; env?: NodeJS.ProcessEnv; cwd?: string }): number {
  const log = fs.openSync(options.logFile, "a");
  const child = spawn(cmd, args, { cwd: options.cwd, detached: true, stdio: ["ignore", log, log], env: options.env ?? process.env, ...(user ?? {}) });
  fs.closeSync(log);
  child.unref();
  if (!child.pid) throw new Error(`could not start ${cmd}`);
  return child.pid;
}

export function alive(pid: number | undefined): boolean {
  if (!pid) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

export function signal(pid: number | undefined, sig: NodeJS.Signals): void {
  if (!pid) return;
  try {
    process.kill(pid, sig);
  } catch {
    // already gone
  }
}

/** Signals a process group we created (detached child: its pid is the group id). */
export function signalGroup(pid: number | undefined, sig: NodeJS.Signals): void {
  if (!pid) return;
  try {
    process.kill(-pid, sig);
  } catch {
    signal(pid, sig);
  }
}

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** Waits until `check` is true, polling every 100 ms; throws `what` after `timeoutMs`. */
export async function waitFor(what: string, check: () => boolean | Promise<boolean>, timeoutMs = 60_000): Promise<void> {
  const started = Date.now();
  while (!(await check())) {
    if (Date.now() - started > timeoutMs) throw new Error(`timed out after ${timeoutMs / 1000} s waiting for ${what}`);
    await sleep(100);
  }
}

/** SIGTERM, then SIGKILL after `graceMs`, to a process group we created; resolves once it is gone. */
export async function stopGroup(pid: number | undefined, graceMs = 15_000): Promise<void> {
  if (!alive(pid)) return;
  signalGroup(pid, "SIGTERM");
  const started = Date.now();
  while (alive(pid) && Date.now() - started < graceMs) await sleep(100);
  if (alive(pid)) signalGroup(pid, "SIGKILL");
  while (alive(pid)) await sleep(50);
}

export function portOpen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: "127.0.0.1", port });
    socket.setTimeout(1000);
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("timeout", () => {
      socket.destroy();
      resolve(false);
    });
    socket.once("error", () => resolve(false));
  });
}

export function readPid(file: string): number | undefined {
  try {
    const pid = Number(fs.readFileSync(file, "utf8").split("\n")[0]!.trim());
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

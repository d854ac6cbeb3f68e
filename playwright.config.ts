import { defineConfig } from "@playwright/test";

// E2E tests drive Debian's Chromium (never `playwright install`) against the built app, served
// by the same launcher as `npm start` on a dedicated port with a throwaway database.
// E2E_PORT / E2E_PG_PORT let several checkouts run their e2e suites side by side.
const PORT = Number(process.env.E2E_PORT || 3100);
const PG_PORT = process.env.E2E_PG_PORT || "54331";
const databaseUrl = process.env.DATABASE_URL;
if (databaseUrl) {
  const host = new URL(databaseUrl).hostname;
  if (!["localhost", "127.0.0.1", "::1", "[::1]"].includes(host)) {
    throw new Error(`E2E tests refuse to run against a non-local database (${host}).`);
  }
}

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ? [["list"], ["json"]] : [["list"]],
  use: {
    baseURL: `http://localhost:${PORT}`,
    locale: "zh-CN",
    timezoneId: "Asia/Shanghai",
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
      ],
    },
  },
  projects: [{ name: "chromium", use: { browserName: "chromium" } }],
  webServer: {
    command: "node --import tsx scripts/start.ts --no-build --fresh-db --demo",
    url: `http://localhost:${PORT}/api/health`,
    reuseExistingServer: false,
    // SIGTERM lets the launcher stop the app and drop its throwaway database.
    gracefulShutdown: { signal: "SIGTERM", timeout: 15_000 },
    // Generous: on a shared machine the launcher (migrations, demo seed) can take minutes.
    timeout: 300_000,
    stdout: "pipe",
    stderr: "pipe",
    env: {
      PORT: String(PORT),
      DATA_DIR: ".data/e2e",
      EMBEDDED_PG_PORT: PG_PORT,
      NEXT_TELEMETRY_DISABLED: "1",
      METRICS_TOKEN: "e2e-metrics-token-0123456789",
    },
  },
});

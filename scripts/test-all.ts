// `npm test`: every tier, in order: typecheck, lint, unit, integration (real PostgreSQL),
// production build, e2e (Chromium against the built app), and the fault suite (the real
// launcher with the embedded PostgreSQL under injected faults, `npm run test:faults`). Runs every step it can, exits
// non-zero on any failure, and ends with one line "N passed, N failed".
// Counts: each test of vitest and Playwright counts once; typecheck, lint and build count as
// one check each; a step that dies before reporting counts as one failure.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { recordBuild } from "./lib/build-hash";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const bin = (name: string) => path.join(root, "node_modules", ".bin", name);
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "skills-test-"));
const baseEnv = { ...process.env, TZ: "UTC", NEXT_TELEMETRY_DISABLED: "1", CHECKPOINT_DISABLE: "1" };

type Outcome = { step: string; passed: number; failed: number };
const outcomes: Outcome[] = [];

function exec(step: string, cmd: string, args: string[], env: NodeJS.ProcessEnv = baseEnv): number {
  console.log(`\n=== ${step}: ${path.basename(cmd)} ${args.join(" ")}`);
  const started = Date.now();
  const result = spawnSync(cmd, args, { cwd: root, stdio: "inherit", env });
  console.log(`=== ${step}: exit ${result.status ?? result.signal} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return result.status ?? 1;
}

function check(step: string, cmd: string, args: string[]) {
  const code = exec(step, cmd, args);
  outcomes.push({ step, passed: code === 0 ? 1 : 0, failed: code === 0 ? 0 : 1 });
  return code === 0;
}

function vitest(project: "unit" | "integration" | "faults") {
  const out = path.join(tmp, `${project}.json`);
  const code = exec(project, bin("vitest"), ["run", "--project", project, "--reporter=default", "--reporter=json", `--outputFile.json=${out}`]);
  const report = fs.existsSync(out)
    ? (JSON.parse(fs.readFileSync(out, "utf8")) as { numPassedTests: number; numFailedTests: number; numTotalTests: number })
    : undefined;
  if (!report || report.numTotalTests === 0) {
    outcomes.push({ step: project, passed: 0, failed: 1 });
    return;
  }
  const failed = report.numFailedTests + (code !== 0 && report.numFailedTests === 0 ? 1 : 0);
  outcomes.push({ step: project, passed: report.numPassedTests, failed });
}

function e2e(canRun: boolean) {
  if (!canRun) {
    console.log("\n=== e2e: not run, the build failed");
    outcomes.push({ step: "e2e", passed: 0, failed: 1 });
    return;
  }
  const out = path.join(tmp, "e2e.json");
  const code = exec("e2e", bin("playwright"), ["test"], { ...baseEnv, PLAYWRIGHT_JSON_OUTPUT_NAME: out });
  type Stats = { expected: number; unexpected: number; flaky: number; skipped: number };
  const stats = fs.existsSync(out) ? (JSON.parse(fs.readFileSync(out, "utf8")) as { stats: Stats }).stats : undefined;
  if (!stats || stats.expected + stats.unexpected + stats.flaky === 0) {
    outcomes.push({ step: "e2e", passed: 0, failed: 1 });
    return;
  }
  const failed = stats.unexpected + stats.flaky + stats.skipped + (code !== 0 && stats.unexpected === 0 ? 1 : 0);
  outcomes.push({ step: "e2e", passed: stats.expected, failed });
}

check("typecheck", bin("tsc"), ["--noEmit", "-p", "."]);
check("lint", bin("eslint"), ["--max-warnings=0", "."]);
vitest("unit");
vitest("integration");
const built = check("build", bin("next"), ["build"]);
if (built) recordBuild(root);
e2e(built);
if (built) vitest("faults");
else outcomes.push({ step: "faults", passed: 0, failed: 1 });

fs.rmSync(tmp, { recursive: true, force: true });
console.log("\nSummary:");
for (const o of outcomes) console.log(`  ${o.step.padEnd(12)} ${o.passed} passed, ${o.failed} failed`);
const passed = outcomes.reduce((n, o) => n + o.passed, 0);
const failed = outcomes.reduce((n, o) => n + o.failed, 0);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);

// The sweep that submits attempts whose deadline passed, every few seconds, in every app
// instance (the UPDATE is idempotent, so several instances do no harm). Attempts are also closed
// on their next touch, so the sweep is a safety net, not the only mechanism.
import { getEnv } from "../env";
import { logger } from "../ops/log";
import { scoreSubmittedAttempts } from "../results/score-theory";
import { runPendingAttemptChecks } from "../skill/run-attempt-checks";
import { closeExpiredAttempts } from "./close-expired";

const SWEEP_EVERY_MS = 10_000;
// On globalThis, not in this module: Next.js bundles instrumentation.ts (which starts the sweep)
// and the route handlers (/api/health reads its state) separately, each with its own copy of this
// module, so module variables would tell the health route "off" while the sweep runs.
type SweepState = { started: boolean; lastRunAt: Date | null; lastOk: boolean };
const globalForSweep = globalThis as unknown as { examSweep?: SweepState };
const state: SweepState = (globalForSweep.examSweep ??= { started: false, lastRunAt: null, lastOk: true });

/**
 * For /api/health: "off" (not started in this process), "starting" (no run yet), "running" (the
 * last run succeeded within three intervals), "failing" (the last run failed) or "stalled".
 */
export function sweepStatus(now: Date): { state: "off" | "starting" | "running" | "failing" | "stalled"; lastRunAt: string | null } {
  const lastRunAt = state.lastRunAt?.toISOString() ?? null;
  if (!state.started) return { state: "off", lastRunAt };
  if (!state.lastRunAt) return { state: "starting", lastRunAt };
  if (!state.lastOk) return { state: "failing", lastRunAt };
  return { state: now.getTime() - state.lastRunAt.getTime() > 3 * SWEEP_EVERY_MS ? "stalled" : "running", lastRunAt };
}

export function startSweep(): void {
  if (state.started || !getEnv().DATABASE_URL) return;
  state.started = true;
  const timer = setInterval(() => {
    closeExpiredAttempts()
      .then(() => scoreSubmittedAttempts())
      .then(() => runPendingAttemptChecks())
      .then(
        () => Object.assign(state, { lastRunAt: new Date(), lastOk: true }),
        (error: unknown) => {
          Object.assign(state, { lastRunAt: new Date(), lastOk: false });
          logger().error({ err: error }, "sweep: closing, scoring or checking attempts failed");
        },
      );
  }, SWEEP_EVERY_MS);
  timer.unref();
}

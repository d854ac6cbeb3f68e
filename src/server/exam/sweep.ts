// The sweep that submits attempts whose deadline passed, every few seconds, in every app
// instance (the UPDATE is idempotent, so several instances do no harm). Attempts are also closed
// on their next touch, so the sweep is a safety net, not the only mechanism.
import { getEnv } from "../env";
import { scoreSubmittedAttempts } from "../results/score-theory";
import { runPendingAttemptChecks } from "../skill/run-attempt-checks";
import { closeExpiredAttempts } from "./close-expired";

const SWEEP_EVERY_MS = 10_000;
let started = false;

export function startSweep(): void {
  if (started || !getEnv().DATABASE_URL) return;
  started = true;
  const timer = setInterval(() => {
    closeExpiredAttempts()
      .then(() => scoreSubmittedAttempts())
      .then(() => runPendingAttemptChecks())
      .catch((error: unknown) => console.error("[sweep] closing or scoring attempts failed:", error));
  }, SWEEP_EVERY_MS);
  timer.unref();
}

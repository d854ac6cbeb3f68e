// Use case: the candidate submits their skill attempt; then its automatic checks run (a failure
// there does not undo the submission: the sweep retries them).
import { submitAttempt } from "../../exam/submit-attempt";
import { runChecksForAttempt } from "../run-attempt-checks";
import { isSkillAttempt } from "./get-skill-attempt";
import { AppError } from "../../errors";

export async function submitSkillAttempt(options: { attemptId: string; candidateId: string }) {
  if (!(await isSkillAttempt(options))) throw new AppError("NOT_FOUND");
  const out = await submitAttempt(options);
  if (out.submitted) {
    await runChecksForAttempt(options.attemptId).catch((error: unknown) => console.error(`[skill] checks of attempt ${options.attemptId} failed:`, error));
  }
  return out;
}

// When does an uploaded file count? Decided by the moment its last byte reached the server, not by
// the moment the server finished hashing and storing it (which, for a large file, can be minutes
// later). Pure: the caller passes the attempt as it is now and the instant of the last byte, both
// on the database's clock. The rule and its reasons: docs/skill-delivery.md, "When a file counts".

/** The facts of an attempt the decision needs (as stored; instants on the database's clock). */
export type AttemptForUpload = {
  /** "in_progress" | "paused" | "submitted". */
  status: string;
  /** The stored deadline (start + duration + extra time + paused time). */
  deadline: Date;
  pausedAt: Date | null;
  submittedAt: Date | null;
  /** "candidate" | "deadline" | "proctor" (null while not submitted). */
  submittedBy: string | null;
};

export type UploadDecision = { ok: true } | { ok: false; reason: "deadline" | "paused" | "submitted" };

/**
 * May a file whose last byte arrived at `receivedAt` be recorded for `attempt` (its state when the
 * file is recorded, read under the attempt's row lock)? The file counts when the attempt was still
 * accepting work at `receivedAt`:
 * - never after the deadline + `graceSeconds` (the grace for requests in flight, SAVE_GRACE_SECONDS)
 *   → "deadline";
 * - in progress → yes;
 * - paused → only if the last byte arrived before the pause (`pausedAt`), else "paused";
 * - submitted at the deadline by the server (`submittedBy` "deadline") → yes (the deadline rule
 *   above already holds);
 * - submitted by the candidate or the proctor → only if the last byte arrived no later than
 *   `submittedAt`, else "submitted".
 * Any other status is refused as "submitted". Instants compared in milliseconds.
 */
export function uploadAccepted(o: { attempt: AttemptForUpload; receivedAt: Date; graceSeconds: number }): UploadDecision {
  const { attempt: a } = o;
  const at = o.receivedAt.getTime();
  if (at > a.deadline.getTime() + o.graceSeconds * 1000) return { ok: false, reason: "deadline" };
  if (a.status === "in_progress") return { ok: true };
  if (a.status === "paused") return a.pausedAt && at <= a.pausedAt.getTime() ? { ok: true } : { ok: false, reason: "paused" };
  if (a.status === "submitted") {
    if (a.submittedBy === "deadline") return { ok: true };
    return a.submittedAt && at <= a.submittedAt.getTime() ? { ok: true } : { ok: false, reason: "submitted" };
  }
  return { ok: false, reason: "submitted" };
}

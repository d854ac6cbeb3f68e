// Use case: create a draft session. The rules are checked on the server against the database
// (inside the transaction, under the scheduling lock); with any violation nothing is written and
// the violations are returned.
import { checkSession, type Violation } from "@/exam";
import { getPrisma } from "../db/client";
import { loadScheduleContext } from "./load-schedule-context";
import { resolvePaperChoice } from "./paper-choice";
import { lockSchedule } from "./schedule-lock";
import { SessionInputSchema, toDraft, type SessionInputRaw } from "./session-input";
import { writeAssignments } from "./write-assignments";

export type SaveSessionResult = { ok: true; sessionId: string } | { ok: false; violations: Violation[] };

export async function createSession(options: { input: SessionInputRaw; actorId: string; now: Date }): Promise<SaveSessionResult> {
  const input = SessionInputSchema.parse(options.input);
  const draft = toDraft(input);
  return getPrisma().$transaction(
    async (tx) => {
      await lockSchedule(tx);
      const context = await loadScheduleContext(tx, { drafts: [draft] });
      const violations = checkSession(draft, context);
      if (violations.length > 0) return { ok: false as const, violations };
      const paper = await resolvePaperChoice(tx, input);
      const session = await tx.examSession.create({
        data: {
          name: input.name,
          mode: input.mode,
          level: input.level,
          track: input.track,
          startsAt: input.startsAt,
          minutes: input.minutes,
          status: "draft",
          ...paper,
          createdById: options.actorId,
          createdAt: options.now,
        },
        select: { id: true },
      });
      await writeAssignments(tx, session.id, input);
      await tx.auditLog.create({ data: { actorId: options.actorId, action: "session.create", subject: session.id, at: options.now } });
      return { ok: true as const, sessionId: session.id };
    },
    { timeout: 60_000, maxWait: 20_000 },
  );
}

// Use case: edit a session. Re-checked on the server like a new one (the session's own stored row
// is not an overlap); with any violation nothing is written. Editing a PUBLISHED session writes a
// change-log row per change (nothing changes silently) and prepares the candidates' papers again.
// A closed session, or one a proctor has opened, cannot be edited.
import type { Prisma } from "@prisma/client";
import { checkSession } from "@/exam";
import { getPrisma } from "../db/client";
import { AppError } from "../errors";
import type { SaveSessionResult } from "./create-session";
import { describeChanges } from "./describe-changes";
import { loadScheduleContext } from "./load-schedule-context";
import { resolvePaperChoice } from "./paper-choice";
import { prepareCandidatePapers } from "./prepare-candidate-papers";
import { lockSchedule } from "./schedule-lock";
import { SessionInputSchema, paperChoice, toDraft, type SessionInputRaw } from "./session-input";
import { loadNames, loadSnapshot } from "./session-snapshot";
import { writeAssignments } from "./write-assignments";

export async function updateSession(options: { sessionId: string; input: SessionInputRaw; actorId: string; now: Date }): Promise<SaveSessionResult & { changes?: number }> {
  const input = SessionInputSchema.parse(options.input);
  const { sessionId } = options;
  const draft = toDraft(input, sessionId);
  return getPrisma().$transaction(
    async (tx) => {
      await lockSchedule(tx);
      const before = await loadSnapshot(tx, sessionId);
      if (!before) throw new AppError("NOT_FOUND");
      if (before.status === "closed") throw new AppError("CONFLICT", { message: "场次已结束，不能修改" });
      const opened = await tx.sessionRoom.count({ where: { sessionId, openedAt: { not: null } } });
      const started = await tx.attempt.count({ where: { sessionId } });
      if (opened > 0 || started > 0) throw new AppError("CONFLICT", { message: "场次已开考，不能修改" });

      const context = await loadScheduleContext(tx, { drafts: [draft], excludeSessionIds: [sessionId] });
      const violations = checkSession(draft, context);
      if (violations.length > 0) return { ok: false as const, violations };
      const paper = await resolvePaperChoice(tx, input);

      await tx.examSession.update({
        where: { id: sessionId },
        data: { name: input.name, mode: input.mode, level: input.level, track: input.track, startsAt: input.startsAt, minutes: input.minutes, ...paper },
      });
      await writeAssignments(tx, sessionId, input);

      let changes = 0;
      if (before.status === "published") {
        const after = { ...draft, name: input.name, paper: paperChoice(paper) };
        const names = await loadNames(tx, [before, after]);
        const list = describeChanges(before, after, names);
        if (list.length > 0)
          await tx.sessionChange.createMany({
            data: list.map((c) => ({ sessionId, at: options.now, actorId: options.actorId, summary: c.summary, details: c.details as Prisma.InputJsonValue })),
          });
        changes = list.length;
        if (input.mode === "theory") await prepareCandidatePapers(tx, sessionId);
      }
      await tx.auditLog.create({ data: { actorId: options.actorId, action: "session.update", subject: sessionId, at: options.now, details: { changes } } });
      return { ok: true as const, sessionId, changes };
    },
    { timeout: 60_000, maxWait: 20_000 },
  );
}

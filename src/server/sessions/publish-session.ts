// Use case: publish a draft session. The rules are checked again against the database; a theory
// session needs its paper (or A/B group), a skill session its assessment plan. Publishing
// prepares every theory candidate's paper and order (see prepare-candidate-papers.ts) and
// records the publication in the change log.
import { checkSession, type Violation } from "@/exam";
import { getPrisma } from "../db/client";
import { AppError } from "../errors";
import { assignBlindCodes } from "../skill/examiner/blind-codes";
import { loadScheduleContext } from "./load-schedule-context";
import { prepareCandidatePapers } from "./prepare-candidate-papers";
import { lockSchedule } from "./schedule-lock";
import { loadSnapshot } from "./session-snapshot";

export type PublishResult = { ok: true; prepared: number } | { ok: false; violations: Violation[] };

export async function publishSession(options: { sessionId: string; actorId: string; now: Date }): Promise<PublishResult> {
  const { sessionId } = options;
  return getPrisma().$transaction(
    async (tx) => {
      await lockSchedule(tx);
      const snap = await loadSnapshot(tx, sessionId);
      if (!snap) throw new AppError("NOT_FOUND");
      if (snap.status !== "draft") throw new AppError("CONFLICT", { message: "只有草稿状态的场次可以发布" });
      const draft = { id: sessionId, ...snap };
      const context = await loadScheduleContext(tx, { drafts: [draft], excludeSessionIds: [sessionId] });
      const violations = checkSession(draft, context);
      if (violations.length > 0) return { ok: false as const, violations };
      const candidates = snap.rooms.reduce((n, r) => n + r.candidateIds.length, 0);
      if (candidates === 0) throw new AppError("VALIDATION", { message: "场次没有考生，不能发布" });
      if (snap.mode === "theory" && !snap.paper) throw new AppError("VALIDATION", { message: "理论知识考试场次发布前须选择试卷" });
      if (snap.mode !== "theory" && !snap.paper) throw new AppError("VALIDATION", { message: "技能考核场次发布前须选择技能考核方案" });

      const { prepared } = await prepareCandidatePapers(tx, sessionId);
      // Skill sessions: anonymous codes for blind marking (docs/skill-delivery.md).
      if (snap.mode !== "theory") await assignBlindCodes(tx, sessionId);
      await tx.examSession.update({ where: { id: sessionId }, data: { status: "published", publishedAt: options.now } });
      await tx.sessionChange.create({
        data: { sessionId, at: options.now, actorId: options.actorId, summary: `发布场次（考生 ${candidates} 人）`, details: { field: "status", old: "draft", new: "published" } },
      });
      await tx.auditLog.create({ data: { actorId: options.actorId, action: "session.publish", subject: sessionId, at: options.now } });
      return { ok: true as const, prepared };
    },
    { timeout: 120_000, maxWait: 20_000 },
  );
}

// Use case: schedule a whole cohort in one step. Every schedulable candidate of the level and
// track who is not yet in an open session of this mode is placed into the given rooms and
// sittings (planCohort from "@/exam"), each sitting becoming a draft session with the minimum
// legal staff. Every draft is checked with checkSession against the database and the other
// drafts; if any breaks a rule nothing is written. Shortages (not enough rooms, sittings or
// staff) are reported.
import { z } from "zod";
import { checkSession, draftUserIds, levelTrackLabel, planCohort, sessionInterval, type OtherSession, type Violation } from "@/exam";
import { AssessmentModeSchema, LevelCodeSchema, TrackCodeSchema } from "@/standard";
import type { PartMode } from "@/grading";
import { getPrisma } from "../db/client";
import { resitCandidates } from "../decisions/resit-candidates";
import { loadOtherSessions, loadRooms, loadScheduleContext } from "./load-schedule-context";
import { lockSchedule } from "./schedule-lock";
import { ShanghaiLocalSchema, type SessionInput } from "./session-input";
import { loadStaffPools } from "./staff-pools";
import { writeAssignments } from "./write-assignments";

export const ScheduleCohortInputSchema = z.object({
  name: z.string().trim().min(1, "场次名称必填").max(80),
  mode: AssessmentModeSchema,
  level: LevelCodeSchema,
  track: TrackCodeSchema,
  sittings: z.array(ShanghaiLocalSchema).min(1, "至少填写一个开考时间").max(50),
  minutes: z.coerce.number().int().min(1).max(24 * 60),
  /** In the admin's preferred order; empty = every room. */
  roomIds: z.array(z.string().min(1).max(64)).max(100),
  /**
   * "first": candidates not yet seated in a session of this mode. "resit" (补考): candidates who
   * sat this part before and must sit it again (failed, expired or absent), with no sitting of it
   * awaiting results. The same rules (checkSession) apply to both.
   */
  purpose: z.enum(["first", "resit"]).default("first"),
});

export type ScheduleCohortResult = {
  ok: boolean;
  sessionIds: string[];
  placed: number;
  unassigned: number;
  shortages: string[];
  violations: Array<Violation & { session: string }>;
};

export async function scheduleCohort(options: z.input<typeof ScheduleCohortInputSchema> & { actorId: string; now: Date }): Promise<ScheduleCohortResult> {
  const input = ScheduleCohortInputSchema.parse(options);
  return getPrisma().$transaction(
    async (tx) => {
      await lockSchedule(tx);
      const candidates = input.purpose === "resit" ? await resitCandidates({ level: input.level, track: input.track, mode: input.mode as PartMode, now: options.now, db: tx }) : await firstCandidates(tx, input);
      const from = new Date(Math.min(...input.sittings.map((d) => d.getTime())));
      const to = new Date(Math.max(...input.sittings.map((d) => sessionInterval(d, input.minutes).end)));
      const rooms = await loadRooms(tx, input.roomIds.length > 0 ? input.roomIds : undefined);
      const others = await loadOtherSessions(tx, { from, to });
      const pools = await loadStaffPools(tx);
      const plan = planCohort({
        mode: input.mode,
        level: input.level,
        track: input.track,
        candidateIds: candidates.map((c) => c.id),
        rooms,
        sittings: input.sittings,
        minutes: input.minutes,
        proctorPool: pools.proctors,
        examinerPool: pools.examiners,
        otherSessions: others,
      });
      const names = plan.drafts.map((_, i) => (plan.drafts.length > 1 ? `${input.name}（第 ${i + 1} 场）` : input.name));
      const context = await loadScheduleContext(tx, { drafts: plan.drafts, now: options.now });
      const planned: OtherSession[] = plan.drafts.map((d, i) => ({
        id: `plan-${i}`,
        name: names[i]!,
        startsAt: d.startsAt,
        minutes: d.minutes,
        roomIds: d.rooms.map((r) => r.roomId),
        userIds: draftUserIds(d, context.candidates),
      }));
      const violations = plan.drafts.flatMap((d, i) =>
        checkSession({ ...d, id: `plan-${i}` }, { ...context, otherSessions: [...context.otherSessions, ...planned] }).map((v) => ({ ...v, session: names[i]! })),
      );
      const placed = plan.drafts.reduce((n, d) => n + d.rooms.reduce((m, r) => m + r.candidateIds.length, 0), 0);
      const base = { placed, unassigned: plan.unassignedCandidateIds.length, shortages: plan.shortages };
      if (plan.drafts.length === 0 && candidates.length === 0)
        return { ok: false, sessionIds: [], ...base, shortages: [`${levelTrackLabel(input.level, input.track)}没有待安排${input.purpose === "resit" ? "补考" : ""}的符合条件的考生`], violations: [] };
      if (violations.length > 0 || plan.drafts.length === 0) return { ok: false, sessionIds: [], ...base, violations };

      const sessionIds: string[] = [];
      for (const [i, d] of plan.drafts.entries()) {
        const s = await tx.examSession.create({
          data: { name: names[i]!, mode: d.mode, level: d.level, track: d.track, startsAt: d.startsAt, minutes: d.minutes, status: "draft", createdById: options.actorId, createdAt: options.now },
          select: { id: true },
        });
        const asInput: SessionInput = { name: names[i]!, ...d, examinerIds: d.examinerIds };
        await writeAssignments(tx, s.id, asInput);
        sessionIds.push(s.id);
      }
      await tx.auditLog.create({
        data: { actorId: options.actorId, action: "session.cohort", subject: sessionIds.join(","), at: options.now, details: { placed, unassigned: base.unassigned, purpose: input.purpose } },
      });
      return { ok: true, sessionIds, ...base, violations: [] };
    },
    { timeout: 120_000, maxWait: 20_000 },
  );
}

type Tx = Parameters<Parameters<ReturnType<typeof getPrisma>["$transaction"]>[0]>[0];
type Input = z.output<typeof ScheduleCohortInputSchema>;

/** Schedulable candidates of the level and track not yet seated in an open session of this mode. */
async function firstCandidates(tx: Tx, input: Input) {
  const taken = await tx.sessionCandidate.findMany({
    where: { session: { mode: input.mode, level: input.level, track: input.track, status: { not: "closed" } } },
    select: { candidateId: true },
  });
  return tx.candidate.findMany({
    where: { level: input.level, track: input.track, eligibilityStatus: { in: ["ELIGIBLE", "APPROVED"] }, id: { notIn: taken.map((t) => t.candidateId) } },
    orderBy: { ticketNumber: "asc" },
    select: { id: true },
  });
}

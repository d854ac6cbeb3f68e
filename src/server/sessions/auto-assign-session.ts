// Use case: propose how a session's candidates are split over its rooms and the minimum legal
// staff (autoAssign from "@/exam"), skipping rooms and people busy in overlapping sessions and
// examiners who must recuse themselves from one of the candidates. Nothing is saved: the admin
// adjusts the proposal and saves it, and the save is checked again.
import { z } from "zod";
import { autoAssign, sessionsOverlap, type AutoAssignProposal } from "@/exam";
import { AssessmentModeSchema, LevelCodeSchema, TrackCodeSchema } from "@/standard";
import { getPrisma } from "../db/client";
import { loadOtherSessions, loadRooms } from "./load-schedule-context";
import { ShanghaiLocalSchema } from "./session-input";
import { loadStaffPools } from "./staff-pools";

export const AutoAssignInputSchema = z.object({
  mode: AssessmentModeSchema,
  level: LevelCodeSchema,
  track: TrackCodeSchema,
  startsAt: ShanghaiLocalSchema,
  minutes: z.coerce.number().int().min(1).max(24 * 60),
  candidateIds: z.array(z.string().min(1).max(64)).max(2000),
  /** In the admin's preferred order; empty = every room. */
  roomIds: z.array(z.string().min(1).max(64)).max(100),
  sessionId: z.string().min(1).max(64).optional(),
});

export async function autoAssignSession(options: z.input<typeof AutoAssignInputSchema>): Promise<AutoAssignProposal> {
  const input = AutoAssignInputSchema.parse(options);
  const db = getPrisma();
  const slot = { startsAt: input.startsAt, minutes: input.minutes };
  const end = new Date(input.startsAt.getTime() + input.minutes * 60_000);
  const [rooms, others, pools, relations] = await Promise.all([
    loadRooms(db, input.roomIds.length > 0 ? input.roomIds : undefined),
    loadOtherSessions(db, { from: input.startsAt, to: end, excludeIds: input.sessionId ? [input.sessionId] : [] }),
    loadStaffPools(db),
    db.examinerRelation.findMany({ where: { candidateId: { in: input.candidateIds } }, select: { examinerId: true, kind: true, conflict: true } }),
  ]);
  const busyUsers = new Set<string>();
  const busyRooms = new Set<string>();
  for (const o of others)
    if (sessionsOverlap(slot, o)) {
      o.userIds.forEach((u) => busyUsers.add(u));
      o.roomIds.forEach((r) => busyRooms.add(r));
    }
  const recused = new Set(relations.filter((r) => r.kind !== "teacher" || r.conflict).map((r) => r.examinerId));
  return autoAssign({
    mode: input.mode,
    candidateIds: input.candidateIds,
    rooms: rooms.filter((r) => !busyRooms.has(r.id)),
    proctorPool: pools.proctors,
    examinerPool: pools.examiners.filter((e) => !recused.has(e)),
    busyUserIds: busyUsers,
  });
}

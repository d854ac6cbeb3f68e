// Loads what checkSession needs for one or more drafts from the database: the rooms, the
// candidates and staff the drafts name, the other sessions that could overlap them in time, and
// the recorded examiner relations. Works on the client or inside a transaction.
import type { Prisma } from "@prisma/client";
import {
  sessionInterval,
  type ExaminerRelation,
  type OtherSession,
  type RelationKind,
  type Room,
  type ScheduleCandidate,
  type ScheduleContext,
  type ScheduleStaff,
  type SessionDraft,
  type StaffRole,
} from "@/exam";
import { LevelCodeSchema, TrackCodeSchema, VenueCodeSchema } from "@/standard";
import { isSchedulable } from "../candidates/get-candidate";
import { loadDecisions } from "../decisions/load-decisions";

type Db = Prisma.TransactionClient;

const MAX_MINUTES = 24 * 60;
const STAFF_ROLES: readonly StaffRole[] = ["ADMIN", "PROCTOR", "EXAMINER"];

export function toRoom(r: { id: string; name: string; kind: string; capacity: number }): Room {
  const kind = VenueCodeSchema.safeParse(r.kind);
  return { id: r.id, name: r.name, kind: kind.success ? kind.data : "meeting-room", capacity: r.capacity };
}

/** Rooms, in the order given by `ids` when given (else by name). */
export async function loadRooms(db: Db, ids?: readonly string[]): Promise<Room[]> {
  const rows = await db.room.findMany({
    where: ids ? { id: { in: [...ids] } } : {},
    orderBy: { name: "asc" },
    select: { id: true, name: true, kind: true, capacity: true },
  });
  const rooms = rows.map(toRoom);
  if (!ids) return rooms;
  const byId = new Map(rooms.map((r) => [r.id, r]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/** Sessions (other than `excludeIds`) that start before `to` and could still run at `from`. */
export async function loadOtherSessions(db: Db, window: { from: Date; to: Date; excludeIds?: readonly string[] }): Promise<OtherSession[]> {
  const rows = await db.examSession.findMany({
    where: {
      startsAt: { lt: window.to, gt: new Date(window.from.getTime() - MAX_MINUTES * 60_000) },
      ...(window.excludeIds && window.excludeIds.length > 0 ? { id: { notIn: [...window.excludeIds] } } : {}),
    },
    select: {
      id: true,
      name: true,
      startsAt: true,
      minutes: true,
      rooms: { select: { roomId: true } },
      candidates: { select: { candidateId: true } },
      staff: { select: { userId: true } },
    },
  });
  // SessionCandidate names the candidate; the person (for overlaps) is the candidate's user.
  const candidateIds = [...new Set(rows.flatMap((s) => s.candidates.map((c) => c.candidateId)))];
  const users = await db.candidate.findMany({ where: { id: { in: candidateIds } }, select: { id: true, userId: true } });
  const userOf = new Map(users.map((u) => [u.id, u.userId]));
  return rows.map((s) => ({
    id: s.id,
    name: s.name,
    startsAt: s.startsAt,
    minutes: s.minutes,
    roomIds: s.rooms.map((r) => r.roomId),
    userIds: [...new Set([...s.candidates.flatMap((c) => userOf.get(c.candidateId) ?? []), ...s.staff.map((x) => x.userId)])],
  }));
}

export async function loadScheduleContext(
  db: Db,
  options: { drafts: readonly SessionDraft[]; excludeSessionIds?: readonly string[]; now?: Date },
): Promise<ScheduleContext> {
  const { drafts } = options;
  const candidateIds = new Set<string>();
  const staffIds = new Set<string>();
  for (const d of drafts) {
    for (const r of d.rooms) {
      for (const c of r.candidateIds) candidateIds.add(c);
      for (const p of r.proctorIds) staffIds.add(p);
    }
    for (const e of d.examinerIds) staffIds.add(e);
    if (d.chiefExaminerId) staffIds.add(d.chiefExaminerId);
  }
  const from = new Date(Math.min(...drafts.map((d) => d.startsAt.getTime())));
  const to = new Date(Math.max(...drafts.map((d) => sessionInterval(d.startsAt, Math.max(0, d.minutes)).end)));
  const validWindow = drafts.length > 0 && Number.isFinite(from.getTime()) && Number.isFinite(to.getTime());

  // Sequential: inside a transaction all queries share one connection.
  const rooms = await loadRooms(db);
  const candidates = await db.candidate.findMany({
    where: { id: { in: [...candidateIds] } },
    select: { id: true, name: true, level: true, track: true, eligibilityStatus: true, userId: true },
  });
  // Parts passed and kept are not sat again (resits: docs/certificates.md).
  const { decisions } = await loadDecisions({ candidateIds: candidates.map((c) => c.id), now: options.now ?? new Date(), db, excludeSessionIds: options.excludeSessionIds });
  const staff = await db.user.findMany({ where: { id: { in: [...staffIds] } }, select: { id: true, displayName: true, roles: true, disabled: true } });
  const otherSessions = validWindow ? await loadOtherSessions(db, { from, to, excludeIds: options.excludeSessionIds }) : [];
  const relations = await db.examinerRelation.findMany({
    where: { OR: [{ examinerId: { in: [...staffIds] } }, { candidateId: { in: [...candidateIds] } }] },
    select: { examinerId: true, candidateId: true, kind: true, conflict: true },
  });

  const candidateMap = new Map<string, ScheduleCandidate>();
  for (const c of candidates) {
    const level = LevelCodeSchema.safeParse(c.level);
    const track = TrackCodeSchema.safeParse(c.track);
    if (!level.success || !track.success) continue;
    candidateMap.set(c.id, {
      id: c.id,
      name: c.name,
      level: level.data,
      track: track.data,
      schedulable: isSchedulable(c.eligibilityStatus),
      userId: c.userId,
      kept: decisions.get(c.id)?.kept ?? [],
    });
  }
  const staffMap = new Map<string, ScheduleStaff>();
  for (const u of staff)
    staffMap.set(u.id, {
      id: u.id,
      name: u.displayName,
      // A disabled account holds no role for scheduling.
      roles: u.disabled ? [] : u.roles.filter((r): r is StaffRole => (STAFF_ROLES as readonly string[]).includes(r)),
    });
  const relationList: ExaminerRelation[] = relations.map((r) => ({
    examinerId: r.examinerId,
    candidateId: r.candidateId,
    kind: (["relative", "teacher", "other"].includes(r.kind) ? r.kind : "other") as RelationKind,
    conflict: r.conflict,
  }));
  return {
    rooms: new Map(rooms.map((r) => [r.id, r])),
    candidates: candidateMap,
    staff: staffMap,
    otherSessions,
    relations: relationList,
  };
}

// Builders for scheduling tests: rooms, candidates, staff and a context around a draft.
import type {
  ExaminerRelation,
  OtherSession,
  Room,
  ScheduleCandidate,
  ScheduleContext,
  ScheduleStaff,
  SessionDraft,
  StaffRole,
} from "@/exam/schedule-rules";
import type { LevelCode, TrackCode, VenueCode } from "@/standard";

/** A fixed instant (tests never read the clock): 2025-06-01 09:00 Asia/Shanghai. */
export const T0 = new Date("2025-06-01T01:00:00.000Z");
export const at = (minutesAfterT0: number) => new Date(T0.getTime() + minutesAfterT0 * 60_000);

export function room(id: string, kind: VenueCode, capacity = 30, name = id): Room {
  return { id, name, kind, capacity };
}

export const cid = (i: number) => `c${i}`;
export const uid = (i: number) => `u-c${i}`;

export function candidate(i: number, over: Partial<ScheduleCandidate> = {}): ScheduleCandidate {
  return {
    id: cid(i),
    name: `考生${i}`,
    level: "4",
    track: "online-merchant",
    schedulable: true,
    userId: uid(i),
    ...over,
  };
}

export function staff(id: string, roles: StaffRole[] = ["PROCTOR", "EXAMINER"], name = id): ScheduleStaff {
  return { id, name, roles };
}

export const ids = (prefix: string, n: number, from = 1) =>
  Array.from({ length: n }, (_, i) => `${prefix}${i + from}`);

export interface ContextOptions {
  rooms?: Room[];
  candidates?: ScheduleCandidate[];
  staff?: ScheduleStaff[];
  otherSessions?: OtherSession[];
  relations?: ExaminerRelation[];
  level?: LevelCode;
  track?: TrackCode;
}

/**
 * A context that knows every room, candidate and staff member the draft names (candidates of
 * the draft's level/track, schedulable; staff with both roles), plus any overrides given.
 */
export function contextFor(draft: SessionDraft, opts: ContextOptions = {}): ScheduleContext {
  const rooms = new Map<string, Room>();
  const candidates = new Map<string, ScheduleCandidate>();
  const staffMap = new Map<string, ScheduleStaff>();
  for (const r of draft.rooms) {
    rooms.set(r.roomId, room(r.roomId, draft.mode === "skill" ? "lan-internet-computer-room" : "standard-classroom", 1000));
    for (const c of r.candidateIds) {
      const n = Number(c.slice(1));
      candidates.set(c, candidate(n, { level: draft.level, track: draft.track }));
    }
    for (const p of r.proctorIds) staffMap.set(p, staff(p));
  }
  for (const e of draft.examinerIds) staffMap.set(e, staff(e));
  if (draft.chiefExaminerId) staffMap.set(draft.chiefExaminerId, staff(draft.chiefExaminerId));
  for (const r of opts.rooms ?? []) rooms.set(r.id, r);
  for (const c of opts.candidates ?? []) candidates.set(c.id, c);
  for (const s of opts.staff ?? []) staffMap.set(s.id, s);
  return {
    rooms,
    candidates,
    staff: staffMap,
    otherSessions: opts.otherSessions ?? [],
    relations: opts.relations ?? [],
  };
}

export function theoryDraft(candidatesPerRoom: number[], proctorsPerRoom: number[], over: Partial<SessionDraft> = {}): SessionDraft {
  let c = 1;
  let p = 1;
  return {
    mode: "theory",
    level: "4",
    track: "online-merchant",
    startsAt: T0,
    minutes: 90,
    rooms: candidatesPerRoom.map((n, i) => {
      const r = { roomId: `R${i + 1}`, candidateIds: ids("c", n, c), proctorIds: ids("p", proctorsPerRoom[i] ?? 0, p) };
      c += n;
      p += proctorsPerRoom[i] ?? 0;
      return r;
    }),
    examinerIds: [],
    ...over,
  };
}

export function skillDraft(candidates: number, examiners: number, over: Partial<SessionDraft> = {}): SessionDraft {
  return {
    mode: "skill",
    level: "4",
    track: "online-merchant",
    startsAt: T0,
    minutes: 90,
    rooms: [{ roomId: "L1", candidateIds: ids("c", candidates), proctorIds: [] }],
    examinerIds: ids("e", examiners),
    ...over,
  };
}

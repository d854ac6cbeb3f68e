// Scheduling proposals (pure): auto-assigning rooms and staff to one session, and planning a
// cohort into rooms × sittings, both within the rules of schedule-rules.ts (1.8.2–1.8.5 of the
// standard). Split from schedule-rules.ts, which re-exports everything here.
import type { AssessmentMode, LevelCode, TrackCode } from "../standard/schema";
import { levelName } from "./labels";
import {
  SCHEDULE_SECTIONS,
  VENUE_NAMES,
  allowedVenues,
  draftUserIds,
  minMinutes,
  modeAllowedAtLevel,
  modeName,
  requiredExaminers,
  requiredProctors,
  requiredReviewMembers,
  sessionsOverlap,
  type OtherSession,
  type Room,
  type SessionDraft,
  type SessionRoom,
} from "./schedule-rules";

// ---------------------------------------------------------------------------
// autoAssign
// ---------------------------------------------------------------------------

export interface AutoAssignInput {
  mode: AssessmentMode;
  candidateIds: readonly string[];
  /** In the administrator's preferred order. */
  rooms: readonly Room[];
  proctorPool: readonly string[];
  examinerPool: readonly string[];
  busyUserIds?: ReadonlySet<string>;
}

export interface AutoAssignProposal {
  rooms: SessionRoom[];
  examinerIds: string[];
  unassignedCandidateIds: string[];
  /** Chinese descriptions of what could not be filled. */
  shortages: string[];
}

/**
 * Picks the fewest rooms whose capacity holds `n`, preferring rooms earlier in the given order:
 * a room is taken when the target count can still be reached with it.
 */
function pickRooms(rooms: readonly Room[], n: number): Room[] {
  const byCap = [...rooms].sort((a, b) => b.capacity - a.capacity);
  let k = 0;
  let sum = 0;
  while (sum < n && k < byCap.length) sum += byCap[k++]?.capacity ?? 0;
  if (sum < n) return [...rooms];
  const chosen: Room[] = [];
  let have = 0;
  rooms.forEach((room, i) => {
    if (chosen.length >= k || have >= n) return;
    const rest = rooms
      .slice(i + 1)
      .map((r) => r.capacity)
      .sort((a, b) => b - a)
      .slice(0, k - chosen.length - 1)
      .reduce((s, c) => s + c, 0);
    if (have + room.capacity + rest >= n) {
      chosen.push(room);
      have += room.capacity;
    }
  });
  return chosen;
}

/** Counts per room, as even as capacities allow; extra ones go to rooms earlier in order. */
function evenCounts(rooms: readonly Room[], n: number): number[] {
  const counts = rooms.map(() => 0);
  let active = rooms.map((_, i) => i);
  let rem = n;
  for (;;) {
    if (active.length === 0) break;
    const q = Math.floor(rem / active.length);
    const small = active.filter((i) => (rooms[i]?.capacity ?? 0) <= q);
    if (small.length === 0) {
      let extra = rem - q * active.length;
      for (const i of active) {
        counts[i] = q + (extra > 0 ? 1 : 0);
        if (extra > 0) extra--;
      }
      break;
    }
    for (const i of small) {
      const cap = rooms[i]?.capacity ?? 0;
      counts[i] = cap;
      rem -= cap;
    }
    active = active.filter((i) => !small.includes(i));
  }
  return counts;
}

function takeStaff(pool: readonly string[], count: number, used: Set<string>, busy?: ReadonlySet<string>): string[] {
  const out: string[] = [];
  for (const id of pool) {
    if (out.length >= count) break;
    if (used.has(id) || busy?.has(id)) continue;
    used.add(id);
    out.push(id);
  }
  return out;
}

/**
 * Splits candidates over the rooms allowed for the mode (fewest rooms, as even as capacity allows)
 * and proposes the minimum legal staff from the pools, skipping busy users and never reusing a
 * person. Reports shortages instead of throwing.
 */
export function autoAssign(input: AutoAssignInput): AutoAssignProposal {
  const { mode } = input;
  const shortages: string[] = [];
  const candidateIds = [...new Set(input.candidateIds)];
  const allowed = allowedVenues(mode);
  const seen = new Set<string>();
  const usable = input.rooms.filter((r) => {
    if (seen.has(r.id) || !allowed.includes(r.kind) || r.capacity <= 0) return false;
    seen.add(r.id);
    return true;
  });

  const chosen = candidateIds.length === 0 ? [] : pickRooms(usable, candidateIds.length);
  const capacity = chosen.reduce((s, r) => s + r.capacity, 0);
  const placed = Math.min(capacity, candidateIds.length);
  const counts = evenCounts(chosen, placed);
  const rooms: SessionRoom[] = [];
  let next = 0;
  chosen.forEach((room, i) => {
    const c = counts[i] ?? 0;
    rooms.push({ roomId: room.id, candidateIds: candidateIds.slice(next, next + c), proctorIds: [] });
    next += c;
  });
  const unassignedCandidateIds = candidateIds.slice(next);
  if (unassignedCandidateIds.length > 0)
    shortages.push(
      `考场容量不足：可用于${modeName(mode)}的考场（${allowed.map((v) => VENUE_NAMES[v]).join("或")}）共可容纳 ${capacity} 人，尚有 ${unassignedCandidateIds.length} 名考生未安排`,
    );

  const used = new Set<string>();
  let examinerIds: string[] = [];
  if (mode === "theory") {
    rooms.forEach((r, i) => {
      const need = requiredProctors(r.candidateIds.length);
      r.proctorIds = takeStaff(input.proctorPool, need, used, input.busyUserIds);
      if (r.proctorIds.length < need)
        shortages.push(
          `监考人员不足：考场「${chosen[i]?.name ?? r.roomId}」考生 ${r.candidateIds.length} 人，需监考人员 ${need} 人，仅可安排 ${r.proctorIds.length} 人`,
        );
    });
  } else if (rooms.length > 0) {
    const need = mode === "skill" ? requiredExaminers(placed) : requiredReviewMembers();
    const roleName = mode === "skill" ? "考评人员" : "评审委员";
    examinerIds = takeStaff(input.examinerPool, need, used, input.busyUserIds);
    if (examinerIds.length < need)
      shortages.push(
        `${roleName}不足：${modeName(mode)}考生 ${placed} 人，需${roleName} ${need} 人，仅可安排 ${examinerIds.length} 人`,
      );
  }
  return { rooms, examinerIds, unassignedCandidateIds, shortages };
}

// ---------------------------------------------------------------------------
// planCohort
// ---------------------------------------------------------------------------

export interface PlanCohortInput {
  mode: AssessmentMode;
  level: LevelCode;
  track: TrackCode;
  candidateIds: readonly string[];
  /** In the administrator's preferred order. */
  rooms: readonly Room[];
  /** Candidate start times, in the order to fill them. */
  sittings: readonly Date[];
  /** Defaults to the standard's minimum for the mode (1.8.4). */
  minutes?: number;
  proctorPool: readonly string[];
  examinerPool: readonly string[];
  /** Sessions already scheduled: their rooms and people are not used at overlapping sittings. */
  otherSessions?: ReadonlyArray<Pick<OtherSession, "startsAt" | "minutes" | "roomIds" | "userIds">>;
}

export interface CohortPlan {
  drafts: SessionDraft[];
  unassignedCandidateIds: string[];
  shortages: string[];
}

/**
 * Schedules a whole cohort: fills the first sitting's rooms, then the next sitting's, until
 * everyone is placed. Staff and rooms are reused across sittings that do not overlap, never
 * within one sitting (or overlapping sittings).
 */
export function planCohort(input: PlanCohortInput): CohortPlan {
  const { mode, level, track } = input;
  const minutes = input.minutes ?? minMinutes(mode);
  const shortages: string[] = [];
  const drafts: SessionDraft[] = [];
  let remaining = [...new Set(input.candidateIds)];

  if (!modeAllowedAtLevel(mode, level)) {
    shortages.push(`${modeName(mode)}不适用于${levelName(level)}（标准 ${SCHEDULE_SECTIONS.modes}），未安排场次`);
    return { drafts, unassignedCandidateIds: remaining, shortages };
  }
  if (minutes < minMinutes(mode))
    shortages.push(
      `${modeName(mode)}时长 ${minutes} 分钟，少于标准 ${SCHEDULE_SECTIONS.minutes} 规定的不少于 ${minMinutes(mode)} 分钟`,
    );

  const occupied: Array<{ startsAt: Date; minutes: number; roomIds: string[]; userIds: string[] }> = [
    ...(input.otherSessions ?? []).map((s) => ({ ...s, roomIds: [...s.roomIds], userIds: [...s.userIds] })),
  ];

  input.sittings.forEach((startsAt, i) => {
    if (remaining.length === 0) return;
    const slot = { startsAt, minutes };
    const busyUsers = new Set<string>();
    const busyRooms = new Set<string>();
    for (const o of occupied)
      if (sessionsOverlap(slot, o)) {
        for (const u of o.userIds) busyUsers.add(u);
        for (const r of o.roomIds) busyRooms.add(r);
      }
    const proposal = autoAssign({
      mode,
      candidateIds: remaining,
      rooms: input.rooms.filter((r) => !busyRooms.has(r.id)),
      proctorPool: input.proctorPool,
      examinerPool: input.examinerPool,
      busyUserIds: busyUsers,
    });
    if (proposal.rooms.length === 0) {
      shortages.push(`第 ${i + 1} 场：没有可用的考场`);
      return;
    }
    // Capacity shortfalls are reported once at the end, after all sittings.
    for (const s of proposal.shortages) if (!s.startsWith("考场容量不足")) shortages.push(`第 ${i + 1} 场：${s}`);
    const draft: SessionDraft = {
      mode,
      level,
      track,
      startsAt,
      minutes,
      rooms: proposal.rooms,
      examinerIds: proposal.examinerIds,
      ...(proposal.examinerIds[0] !== undefined ? { chiefExaminerId: proposal.examinerIds[0] } : {}),
    };
    drafts.push(draft);
    occupied.push({
      startsAt,
      minutes,
      roomIds: proposal.rooms.map((r) => r.roomId),
      userIds: draftUserIds(draft),
    });
    remaining = proposal.unassignedCandidateIds;
  });

  if (remaining.length > 0)
    shortages.push(`场次不足：${input.sittings.length} 个场次排满后仍有 ${remaining.length} 名考生未安排`);
  return { drafts, unassignedCandidateIds: remaining, shortages };
}

// Session scheduling rules (考场编排) from 1.8.2–1.8.5 of the standard, as one pure module that
// the UI and the server both use. Every number (minutes, ratios, panel sizes, venues) is read
// from `standard.profile`; nothing here reads the clock, the environment or a database: times
// are taken as arguments. The shapes are in schedule-model.ts, the standard's numbers in
// schedule-standard.ts, proposals in schedule-planning.ts; all re-exported here.
import { levelName, trackName } from "./labels";
import {
  type RelationKind,
  type ScheduleContext,
  type SessionDraft,
  type Violation,
} from "./schedule-model";
import {
  profile,
  SCHEDULE_SECTIONS,
  VENUE_NAMES,
  allowedVenues,
  minMinutes,
  modeAllowedAtLevel,
  modeName,
  overlapMinutes,
  requiredExaminers,
  requiredProctors,
  requiredReviewMembers,
} from "./schedule-standard";

export * from "./schedule-model";
export * from "./schedule-standard";

// ---------------------------------------------------------------------------
// checkSession
// ---------------------------------------------------------------------------

const RELATION_NAMES: Readonly<Record<RelationKind, string>> = {
  relative: "亲属",
  teacher: "师生",
  other: "其他利害",
};

/** Every rule the draft breaks, in a stable order (session, rooms, staff, persons, time). */
export function checkSession(draft: SessionDraft, context: ScheduleContext): Violation[] {
  const out: Violation[] = [];
  const mode = draft.mode;
  const mName = modeName(mode);
  const sec = SCHEDULE_SECTIONS;

  const roomLabel = (roomId: string) => {
    const room = context.rooms.get(roomId);
    return `考场「${room?.name ?? roomId}」`;
  };
  const staffLabel = (userId: string) => `「${context.staff.get(userId)?.name ?? userId}」`;
  const candidateLabel = (candidateId: string) =>
    `考生「${context.candidates.get(candidateId)?.name ?? candidateId}」`;

  // --- session-level rules ------------------------------------------------
  if (draft.rooms.length === 0)
    out.push({ rule: "no-rooms", message: `${mName}场次未安排任何考场，至少需要 1 个考场`, params: { rooms: 0 } });

  const min = minMinutes(mode);
  if (!(Number.isFinite(draft.minutes) && draft.minutes >= min))
    out.push({
      rule: "duration-min",
      message: `${mName}时长 ${draft.minutes} 分钟，少于标准 ${sec.minutes} 规定的不少于 ${min} 分钟`,
      params: { minutes: draft.minutes, min },
    });

  if (!modeAllowedAtLevel(mode, draft.level))
    out.push({
      rule: "mode-not-at-level",
      message: `${mName}不适用于${levelName(draft.level)}：标准 ${sec.modes} 规定${mName}主要针对技师和高级技师，本标准所覆盖的等级不安排${mName}`,
      params: { mode, level: draft.level },
    });

  // --- rooms ----------------------------------------------------------------
  const allowed = allowedVenues(mode);
  const seenRooms = new Set<string>();
  for (const r of draft.rooms) {
    const room = context.rooms.get(r.roomId);
    const label = roomLabel(r.roomId);
    if (seenRooms.has(r.roomId)) {
      out.push({
        rule: "room-twice",
        message: `${label}在本场次中重复出现`,
        params: { room: room?.name ?? r.roomId },
        roomId: r.roomId,
      });
      continue;
    }
    seenRooms.add(r.roomId);
    if (!room) {
      out.push({ rule: "unknown-room", message: `${label}不存在`, params: { room: r.roomId }, roomId: r.roomId });
    } else {
      if (!allowed.includes(room.kind))
        out.push({
          rule: "venue-kind",
          message: `${label}为${VENUE_NAMES[room.kind]}，${mName}应在${allowed.map((v) => VENUE_NAMES[v]).join("或")}进行（标准 ${sec.venues}）`,
          params: { room: room.name, kind: room.kind, allowed: allowed.join(",") },
          roomId: r.roomId,
        });
      if (r.candidateIds.length > room.capacity)
        out.push({
          rule: "capacity",
          message: `${label}：考生 ${r.candidateIds.length} 人，超过容量 ${room.capacity} 人`,
          params: { room: room.name, candidates: r.candidateIds.length, capacity: room.capacity },
          roomId: r.roomId,
        });
    }
    if (mode === "theory") {
      const ratio = profile.ratios.theory;
      const need = requiredProctors(r.candidateIds.length);
      const have = new Set(r.proctorIds).size;
      if (have < need)
        out.push({
          rule: "theory-proctors",
          message: `${label}：考生 ${r.candidateIds.length} 人，监考人员 ${have} 人，少于要求的 ${need} 人（标准 ${sec.ratios}：每个考场不少于 ${ratio.minStaffPerRoom} 名监考人员，且监考人员与考生配比不低于 1:${ratio.maxCandidatesPerStaff}）`,
          params: {
            room: room?.name ?? r.roomId,
            candidates: r.candidateIds.length,
            proctors: have,
            required: need,
            minPerRoom: ratio.minStaffPerRoom,
            ratio: ratio.maxCandidatesPerStaff,
          },
          roomId: r.roomId,
        });
    }
  }

  // --- panel size -----------------------------------------------------------
  const panel = new Set(draft.examinerIds);
  const totalCandidates = new Set(draft.rooms.flatMap((r) => r.candidateIds)).size;
  if (mode === "skill") {
    const ratio = profile.ratios.skill;
    const need = requiredExaminers(totalCandidates);
    const byRatio = Math.max(ratio.minStaff, Math.ceil(totalCandidates / ratio.maxCandidatesPerStaff));
    if (panel.size < byRatio)
      out.push({
        rule: "skill-examiners-min",
        message: `${mName}：考生 ${totalCandidates} 人，考评人员 ${panel.size} 人，少于要求的 ${need} 人（标准 ${sec.ratios}：考评人员与考生配比不低于 1:${ratio.maxCandidatesPerStaff}，且为 ${ratio.minStaff} 人（含）以上单数）`,
        params: {
          candidates: totalCandidates,
          examiners: panel.size,
          required: need,
          minStaff: ratio.minStaff,
          ratio: ratio.maxCandidatesPerStaff,
        },
      });
    if (ratio.oddNumber && panel.size % 2 === 0)
      out.push({
        rule: "skill-examiners-odd",
        message: `${mName}：考评人员 ${panel.size} 人，应为单数（标准 ${sec.ratios}：考评人员为 ${ratio.minStaff} 人（含）以上单数；考生 ${totalCandidates} 人时至少 ${need} 人）`,
        params: { candidates: totalCandidates, examiners: panel.size, required: need },
      });
  } else if (mode === "review") {
    const ratio = profile.ratios.review;
    const need = requiredReviewMembers();
    if (panel.size < ratio.minStaff)
      out.push({
        rule: "review-members-min",
        message: `${mName}：评审委员 ${panel.size} 人，少于要求的 ${need} 人（标准 ${sec.ratios}：综合评审委员为 ${ratio.minStaff} 人（含）以上单数）`,
        params: { members: panel.size, required: need, minStaff: ratio.minStaff },
      });
    if (ratio.oddNumber && panel.size % 2 === 0)
      out.push({
        rule: "review-members-odd",
        message: `${mName}：评审委员 ${panel.size} 人，应为单数（标准 ${sec.ratios}）`,
        params: { members: panel.size, required: need },
      });
  }

  // --- staff: existence, roles, chief ----------------------------------------
  const checkStaff = (userId: string, role: "PROCTOR" | "EXAMINER", roleName: string, roomId?: string) => {
    const s = context.staff.get(userId);
    if (!s) {
      out.push({
        rule: "unknown-staff",
        message: `${roleName}「${userId}」不是已登记的工作人员`,
        params: { person: userId, role },
        personId: userId,
        ...(roomId ? { roomId } : {}),
      });
      return;
    }
    if (!s.roles.includes(role))
      out.push({
        rule: "staff-role",
        message: `${staffLabel(userId)}没有${roleName}角色（${role}），不能担任${roleName}`,
        params: { person: s.name, role },
        personId: userId,
        ...(roomId ? { roomId } : {}),
      });
  };
  const checkedProctors = new Set<string>();
  for (const r of draft.rooms)
    for (const p of r.proctorIds) {
      if (checkedProctors.has(p)) continue;
      checkedProctors.add(p);
      checkStaff(p, "PROCTOR", "监考人员", r.roomId);
    }
  for (const e of panel) checkStaff(e, "EXAMINER", "考评人员");
  if (draft.chiefExaminerId !== undefined && !panel.has(draft.chiefExaminerId)) {
    out.push({
      rule: "chief-not-in-panel",
      message: `考评组长${staffLabel(draft.chiefExaminerId)}不在本场次的考评人员名单中`,
      params: { person: context.staff.get(draft.chiefExaminerId)?.name ?? draft.chiefExaminerId },
      personId: draft.chiefExaminerId,
    });
    checkStaff(draft.chiefExaminerId, "EXAMINER", "考评组长");
  }

  // --- candidates: existence, schedulable, level/track -----------------------
  const checkedCandidates = new Set<string>();
  for (const r of draft.rooms)
    for (const cid of r.candidateIds) {
      if (checkedCandidates.has(cid)) continue;
      checkedCandidates.add(cid);
      const c = context.candidates.get(cid);
      if (!c) {
        out.push({
          rule: "unknown-candidate",
          message: `考生「${cid}」不存在`,
          params: { candidate: cid },
          personId: cid,
          roomId: r.roomId,
        });
        continue;
      }
      if (!c.schedulable)
        out.push({
          rule: "candidate-not-schedulable",
          message: `${candidateLabel(cid)}不符合申报条件（标准 ${sec.eligibility}）且未经管理员批准，不能安排考试`,
          params: { candidate: c.name },
          personId: cid,
          roomId: r.roomId,
        });
      if (c.level !== draft.level || c.track !== draft.track)
        out.push({
          rule: "candidate-level-track",
          message: `${candidateLabel(cid)}报考${levelName(c.level)}·${trackName(c.track)}，与本场次的${levelName(draft.level)}·${trackName(draft.track)}不符`,
          params: { candidate: c.name, level: c.level, track: c.track, sessionLevel: draft.level, sessionTrack: draft.track },
          personId: cid,
          roomId: r.roomId,
        });
      if (c.kept?.includes(mode))
        out.push({
          rule: "part-kept",
          message: `${candidateLabel(cid)}的${mName}已合格且成绩在保留期内，只需补考未合格的科目，不再安排${mName}`,
          params: { candidate: c.name, mode },
          personId: cid,
          roomId: r.roomId,
        });
    }

  // --- the same person twice within the session --------------------------------
  // candidate ids (and their user ids) and proctor ids each appear once; one role per person.
  const candidateRoom = new Map<string, string>(); // candidate id -> room id
  const candidateUserRoom = new Map<string, { roomId: string; candidateId: string }>();
  for (const r of draft.rooms)
    for (const cid of r.candidateIds) {
      const first = candidateRoom.get(cid);
      if (first !== undefined) {
        out.push({
          rule: "person-twice",
          message: `${candidateLabel(cid)}在本场次中被安排了两次（${roomLabel(first)}与${roomLabel(r.roomId)}）`,
          params: { person: context.candidates.get(cid)?.name ?? cid, firstRoom: first, secondRoom: r.roomId },
          personId: cid,
          roomId: r.roomId,
        });
        continue;
      }
      candidateRoom.set(cid, r.roomId);
      const uid = context.candidates.get(cid)?.userId;
      if (uid === undefined) continue;
      const prev = candidateUserRoom.get(uid);
      if (prev)
        out.push({
          rule: "person-twice",
          message: `${candidateLabel(cid)}与${candidateLabel(prev.candidateId)}是同一用户，在本场次中被安排了两次`,
          params: { person: context.candidates.get(cid)?.name ?? cid, userId: uid },
          personId: cid,
          roomId: r.roomId,
        });
      else candidateUserRoom.set(uid, { roomId: r.roomId, candidateId: cid });
    }

  const proctorRoom = new Map<string, string>();
  for (const r of draft.rooms)
    for (const p of r.proctorIds) {
      const first = proctorRoom.get(p);
      if (first !== undefined) {
        out.push({
          rule: "person-twice",
          message: `监考人员${staffLabel(p)}在本场次中被安排了两次（${roomLabel(first)}与${roomLabel(r.roomId)}）`,
          params: { person: context.staff.get(p)?.name ?? p, firstRoom: first, secondRoom: r.roomId },
          personId: p,
          roomId: r.roomId,
        });
        continue;
      }
      proctorRoom.set(p, r.roomId);
      const asCandidate = candidateUserRoom.get(p);
      if (asCandidate)
        out.push({
          rule: "proctor-is-candidate",
          message: `监考人员${staffLabel(p)}同时是本场次的考生（${roomLabel(asCandidate.roomId)}）`,
          params: { person: context.staff.get(p)?.name ?? p },
          personId: p,
          roomId: r.roomId,
        });
    }

  const seenExaminers = new Set<string>();
  for (const e of draft.examinerIds) {
    if (seenExaminers.has(e)) {
      out.push({
        rule: "person-twice",
        message: `考评人员${staffLabel(e)}在考评人员名单中重复出现`,
        params: { person: context.staff.get(e)?.name ?? e },
        personId: e,
      });
      continue;
    }
    seenExaminers.add(e);
    const asCandidate = candidateUserRoom.get(e);
    if (asCandidate)
      out.push({
        rule: "examiner-is-candidate",
        message: `考评人员${staffLabel(e)}同时是本场次的考生（${roomLabel(asCandidate.roomId)}）`,
        params: { person: context.staff.get(e)?.name ?? e },
        personId: e,
      });
    const asProctor = proctorRoom.get(e);
    if (asProctor !== undefined)
      out.push({
        rule: "person-twice",
        message: `${staffLabel(e)}在本场次中同时担任考评人员和监考人员（${roomLabel(asProctor)}）`,
        params: { person: context.staff.get(e)?.name ?? e, room: asProctor },
        personId: e,
        roomId: asProctor,
      });
  }

  // --- examiner relations (回避) ------------------------------------------------
  const examiners = new Set(panel);
  if (draft.chiefExaminerId !== undefined) examiners.add(draft.chiefExaminerId);
  for (const rel of context.relations) {
    if (!examiners.has(rel.examinerId)) continue;
    const roomId = candidateRoom.get(rel.candidateId);
    if (roomId === undefined) continue;
    const refused = rel.kind === "teacher" ? rel.conflict : true;
    if (!refused) continue;
    out.push({
      rule: "examiner-related",
      message: `考评人员${staffLabel(rel.examinerId)}与${candidateLabel(rel.candidateId)}存在${RELATION_NAMES[rel.kind]}关系${rel.kind === "teacher" ? "且已登记利益冲突" : ""}，应回避`,
      params: {
        person: context.staff.get(rel.examinerId)?.name ?? rel.examinerId,
        candidate: context.candidates.get(rel.candidateId)?.name ?? rel.candidateId,
        kind: rel.kind,
      },
      personId: rel.examinerId,
      roomId,
    });
  }

  // --- overlaps with other sessions ----------------------------------------------
  const users = new Map<string, string>(); // user id -> label
  for (const r of draft.rooms)
    for (const cid of r.candidateIds) {
      const c = context.candidates.get(cid);
      if (c && !users.has(c.userId)) users.set(c.userId, candidateLabel(cid));
    }
  for (const r of draft.rooms)
    for (const p of r.proctorIds) if (!users.has(p)) users.set(p, `监考人员${staffLabel(p)}`);
  for (const e of examiners) if (!users.has(e)) users.set(e, `考评人员${staffLabel(e)}`);

  for (const other of context.otherSessions) {
    if (draft.id !== undefined && other.id === draft.id) continue;
    const shared = overlapMinutes(draft, other);
    if (shared <= 0) continue;
    for (const roomId of seenRooms)
      if (other.roomIds.includes(roomId))
        out.push({
          rule: "room-overlap",
          message: `${roomLabel(roomId)}已被场次「${other.name}」占用，时间重叠 ${shared} 分钟`,
          params: { room: context.rooms.get(roomId)?.name ?? roomId, session: other.name, overlapMinutes: shared },
          roomId,
        });
    const otherUsers = new Set(other.userIds);
    for (const [uid, label] of users)
      if (otherUsers.has(uid))
        out.push({
          rule: "person-overlap",
          message: `${label}已在场次「${other.name}」中，时间重叠 ${shared} 分钟`,
          params: { person: label, session: other.name, overlapMinutes: shared },
          personId: uid,
        });
  }

  return out;
}

/** Every user id a draft occupies (candidate users need the context to resolve). */
export function draftUserIds(draft: SessionDraft, candidates?: ScheduleContext["candidates"]): string[] {
  const ids = new Set<string>();
  for (const r of draft.rooms) {
    if (candidates)
      for (const cid of r.candidateIds) {
        const uid = candidates.get(cid)?.userId;
        if (uid !== undefined) ids.add(uid);
      }
    for (const p of r.proctorIds) ids.add(p);
  }
  for (const e of draft.examinerIds) ids.add(e);
  if (draft.chiefExaminerId !== undefined) ids.add(draft.chiefExaminerId);
  return [...ids];
}

// Auto-assignment and cohort planning live in schedule-planning.ts; callers import them from here.
export * from "./schedule-planning";

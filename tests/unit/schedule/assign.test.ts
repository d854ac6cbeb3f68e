import { describe, expect, it } from "vitest";
import {
  autoAssign,
  checkSession,
  draftUserIds,
  planCohort,
  requiredExaminers,
  type Room,
  type ScheduleCandidate,
  type ScheduleContext,
  type ScheduleStaff,
  type SessionDraft,
} from "@/exam/schedule-rules";
import { at, candidate, ids, room, staff, T0 } from "./fixtures";

const counts = (p: { rooms: Array<{ candidateIds: string[] }> }) => p.rooms.map((r) => r.candidateIds.length);

describe("autoAssign: rooms", () => {
  it("uses as few rooms as needed and fills them evenly", () => {
    const rooms = ids("R", 4).map((id) => room(id, "standard-classroom", 30));
    const p = autoAssign({ mode: "theory", candidateIds: ids("c", 70), rooms, proctorPool: ids("p", 20), examinerPool: [] });
    expect(p.rooms.map((r) => r.roomId)).toEqual(["R1", "R2", "R3"]);
    expect(counts(p)).toEqual([24, 23, 23]);
    expect(p.unassignedCandidateIds).toEqual([]);
    expect(p.shortages).toEqual([]);
  });

  it("one room when one suffices", () => {
    const rooms = ids("R", 3).map((id) => room(id, "standard-classroom", 30));
    const p = autoAssign({ mode: "theory", candidateIds: ids("c", 30), rooms, proctorPool: ids("p", 9), examinerPool: [] });
    expect(counts(p)).toEqual([30]);
    expect(p.rooms[0]?.proctorIds).toEqual(["p1", "p2"]);
  });

  it("prefers the admin's order, but not at the cost of an extra room", () => {
    const rooms = [room("small", "standard-classroom", 20), room("big", "standard-classroom", 50), room("mid", "standard-classroom", 30)];
    // 45 fits in one room (big): the small room first would need two.
    const p = autoAssign({ mode: "theory", candidateIds: ids("c", 45), rooms, proctorPool: ids("p", 9), examinerPool: [] });
    expect(p.rooms.map((r) => r.roomId)).toEqual(["big"]);
    // 60 needs two rooms: small+big (70) is the earliest pair that holds them.
    const q = autoAssign({ mode: "theory", candidateIds: ids("c", 60), rooms, proctorPool: ids("p", 9), examinerPool: [] });
    expect(q.rooms.map((r) => r.roomId)).toEqual(["small", "big"]);
    expect(counts(q)).toEqual([20, 40]);
  });

  it("evenness is capped by capacity", () => {
    const rooms = [room("A", "standard-classroom", 10), room("B", "standard-classroom", 40), room("C", "standard-classroom", 40)];
    const p = autoAssign({ mode: "theory", candidateIds: ids("c", 85), rooms, proctorPool: ids("p", 20), examinerPool: [] });
    expect(counts(p)).toEqual([10, 38, 37]);
  });

  it("skips rooms not allowed for the mode", () => {
    const rooms = [room("class", "standard-classroom", 40), room("lab", "lan-internet-computer-room", 40)];
    const skill = autoAssign({ mode: "skill", candidateIds: ids("c", 10), rooms, proctorPool: [], examinerPool: ids("e", 5) });
    expect(skill.rooms.map((r) => r.roomId)).toEqual(["lab"]);
    const theory = autoAssign({ mode: "theory", candidateIds: ids("c", 10), rooms: [room("meet", "meeting-room", 40)], proctorPool: ids("p", 2), examinerPool: [] });
    expect(theory.rooms).toEqual([]);
    expect(theory.unassignedCandidateIds).toHaveLength(10);
    expect(theory.shortages[0]).toContain("10 名考生未安排");
  });

  it("reports capacity shortage and keeps the overflow unassigned", () => {
    const rooms = [room("R1", "standard-classroom", 30)];
    const p = autoAssign({ mode: "theory", candidateIds: ids("c", 35), rooms, proctorPool: ids("p", 5), examinerPool: [] });
    expect(counts(p)).toEqual([30]);
    expect(p.unassignedCandidateIds).toEqual(ids("c", 5, 31));
    expect(p.shortages.join("\n")).toContain("共可容纳 30 人");
  });
});

describe("autoAssign: staff", () => {
  it("theory: the minimum per room, nobody twice, busy users skipped", () => {
    const rooms = [room("R1", "standard-classroom", 40), room("R2", "standard-classroom", 40)];
    const p = autoAssign({
      mode: "theory",
      candidateIds: ids("c", 62),
      rooms,
      proctorPool: ["p1", "p2", "p2", "p3", "p4", "p5", "p6", "p7"],
      examinerPool: [],
      busyUserIds: new Set(["p1"]),
    });
    expect(counts(p)).toEqual([31, 31]);
    expect(p.rooms.map((r) => r.proctorIds)).toEqual([["p2", "p3", "p4"], ["p5", "p6", "p7"]]);
    expect(p.examinerIds).toEqual([]);
    expect(p.shortages).toEqual([]);
  });

  it("theory: a short pool is reported with the numbers", () => {
    const p = autoAssign({ mode: "theory", candidateIds: ids("c", 31), rooms: [room("R1", "standard-classroom", 40, "301")], proctorPool: ["p1", "p2"], examinerPool: [] });
    expect(p.rooms[0]?.proctorIds).toEqual(["p1", "p2"]);
    expect(p.shortages).toEqual(["监考人员不足：考场「301」考生 31 人，需监考人员 3 人，仅可安排 2 人"]);
  });

  it("skill: an odd panel of max(3, ceil(n/15)), no proctors", () => {
    const lab = [room("L1", "lan-internet-computer-room", 50)];
    for (const [n, need] of [[15, 3], [45, 3], [46, 5], [50, 5]] as const) {
      const p = autoAssign({ mode: "skill", candidateIds: ids("c", n), rooms: lab, proctorPool: ids("p", 5), examinerPool: ids("e", 9) });
      expect(p.examinerIds).toEqual(ids("e", need));
      expect(p.rooms[0]?.proctorIds).toEqual([]);
      expect(need).toBe(requiredExaminers(n));
    }
  });

  it("skill: a short examiner pool", () => {
    const p = autoAssign({ mode: "skill", candidateIds: ids("c", 46), rooms: [room("L1", "lan-internet-computer-room", 50)], proctorPool: [], examinerPool: ids("e", 6), busyUserIds: new Set(["e1", "e2"]) });
    expect(p.examinerIds).toEqual(["e3", "e4", "e5", "e6"]);
    expect(p.shortages).toEqual(["考评人员不足：技能考核考生 46 人，需考评人员 5 人，仅可安排 4 人"]);
  });
});

describe("planCohort", () => {
  const N = 180;
  const rooms: Room[] = ids("R", 3).map((id) => room(id, "standard-classroom", 30));
  const labs: Room[] = ids("L", 3).map((id) => room(id, "lan-internet-computer-room", 30));
  const allCandidates: ScheduleCandidate[] = Array.from({ length: N }, (_, i) => candidate(i + 1));
  const staffList: ScheduleStaff[] = [...ids("p", 6).map((id) => staff(id, ["PROCTOR"])), ...ids("e", 9).map((id) => staff(id, ["EXAMINER"]))];

  function contextOf(drafts: SessionDraft[], self: number, roomList: Room[]): ScheduleContext {
    const candidates = new Map(allCandidates.map((c) => [c.id, c]));
    return {
      rooms: new Map(roomList.map((r) => [r.id, r])),
      candidates,
      staff: new Map(staffList.map((s) => [s.id, s])),
      otherSessions: drafts
        .map((d, i) => ({ d, i }))
        .filter(({ i }) => i !== self)
        .map(({ d, i }) => ({
          id: `s${i}`,
          name: `第 ${i + 1} 场`,
          startsAt: d.startsAt,
          minutes: d.minutes,
          roomIds: d.rooms.map((r) => r.roomId),
          userIds: draftUserIds(d, candidates),
        })),
      relations: [],
    };
  }

  function expectEveryoneOnce(drafts: SessionDraft[]) {
    const seen = drafts.flatMap((d) => d.rooms.flatMap((r) => r.candidateIds));
    expect(seen).toHaveLength(N);
    expect(new Set(seen)).toEqual(new Set(allCandidates.map((c) => c.id)));
  }

  it("theory: 180 candidates, rooms of 30, 2 sittings -> 90 + 90, every draft legal", () => {
    const plan = planCohort({
      mode: "theory",
      level: "4",
      track: "online-merchant",
      candidateIds: allCandidates.map((c) => c.id),
      rooms,
      sittings: [T0, at(120)],
      minutes: 90,
      proctorPool: ids("p", 6),
      examinerPool: [],
    });
    expect(plan.shortages).toEqual([]);
    expect(plan.unassignedCandidateIds).toEqual([]);
    expect(plan.drafts).toHaveLength(2);
    expect(plan.drafts.map((d) => counts(d))).toEqual([[30, 30, 30], [30, 30, 30]]);
    expectEveryoneOnce(plan.drafts);
    // Staff reused across the two (non-overlapping) sittings.
    expect(plan.drafts[0]?.rooms.flatMap((r) => r.proctorIds)).toEqual(plan.drafts[1]?.rooms.flatMap((r) => r.proctorIds));
    plan.drafts.forEach((d, i) => expect(checkSession(d, contextOf(plan.drafts, i, rooms))).toEqual([]));
  });

  it("skill: 180 candidates, labs of 30, 2 sittings, panel of 7 per sitting", () => {
    const plan = planCohort({
      mode: "skill",
      level: "4",
      track: "online-merchant",
      candidateIds: allCandidates.map((c) => c.id),
      rooms: labs,
      sittings: [T0, at(90)],
      minutes: 90,
      proctorPool: [],
      examinerPool: ids("e", 9),
    });
    expect(plan.shortages).toEqual([]);
    expect(plan.drafts.map((d) => d.examinerIds.length)).toEqual([7, 7]);
    expectEveryoneOnce(plan.drafts);
    plan.drafts.forEach((d, i) => expect(checkSession(d, contextOf(plan.drafts, i, labs))).toEqual([]));
  });

  it("an overlapping sitting gets no rooms; the next back-to-back sitting reuses them", () => {
    const four = ids("R", 4).map((id) => room(id, "standard-classroom", 30));
    const plan = planCohort({
      mode: "theory",
      level: "4",
      track: "online-merchant",
      candidateIds: ids("c", 150),
      rooms: four,
      sittings: [T0, at(60), at(90)],
      proctorPool: ids("p", 12),
      examinerPool: [],
    });
    expect(plan.drafts).toHaveLength(2);
    const [a, b] = plan.drafts;
    expect(a?.minutes).toBe(90); // the standard's minimum by default
    expect(a && counts(a)).toEqual([30, 30, 30, 30]);
    expect(b?.startsAt).toEqual(at(90));
    expect(b && counts(b)).toEqual([30]);
    expect(plan.shortages).toEqual(["第 2 场：没有可用的考场"]);
    expect(plan.unassignedCandidateIds).toEqual([]);
  });

  it("rooms and people busy in other sessions at an overlapping time are avoided", () => {
    const plan = planCohort({
      mode: "theory",
      level: "4",
      track: "online-merchant",
      candidateIds: ids("c", 40),
      rooms,
      sittings: [T0],
      proctorPool: ids("p", 6),
      examinerPool: [],
      otherSessions: [{ startsAt: at(-30), minutes: 60, roomIds: ["R1"], userIds: ["p1", "p3"] }],
    });
    const d = plan.drafts[0];
    expect(d?.rooms.map((r) => r.roomId)).toEqual(["R2", "R3"]);
    expect(d?.rooms.map((r) => r.proctorIds)).toEqual([["p2", "p4"], ["p5", "p6"]]);
    expect(plan.shortages).toEqual([]);
  });

  it("not enough sittings: the rest are reported", () => {
    const plan = planCohort({
      mode: "theory",
      level: "5",
      track: "cross-border",
      candidateIds: ids("c", 100),
      rooms,
      sittings: [T0],
      proctorPool: ids("p", 6),
      examinerPool: [],
    });
    expect(plan.drafts).toHaveLength(1);
    expect(plan.unassignedCandidateIds).toHaveLength(10);
    expect(plan.shortages.join("\n")).toContain("10 名考生未安排");
  });

  it("review is not planned at levels 5 and 4", () => {
    const plan = planCohort({
      mode: "review",
      level: "4",
      track: "online-merchant",
      candidateIds: ids("c", 3),
      rooms: [room("M", "meeting-room", 10)],
      sittings: [T0],
      proctorPool: [],
      examinerPool: ids("e", 3),
    });
    expect(plan.drafts).toEqual([]);
    expect(plan.unassignedCandidateIds).toHaveLength(3);
    expect(plan.shortages[0]).toContain("1.8.2");
  });
});

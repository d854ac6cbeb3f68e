import { describe, expect, it } from "vitest";
import {
  checkSession,
  overlapMinutes,
  requiredExaminers,
  requiredProctors,
  requiredReviewMembers,
  type RuleCode,
  type SessionDraft,
  type Violation,
} from "@/exam/schedule-rules";
import { standard } from "@/standard";
import { at, candidate, contextFor, ids, room, skillDraft, staff, T0, theoryDraft, uid, type ContextOptions } from "./fixtures";

function check(draft: SessionDraft, opts?: ContextOptions): Violation[] {
  return checkSession(draft, contextFor(draft, opts));
}
const rules = (vs: Violation[]) => vs.map((v) => v.rule);
const only = (vs: Violation[], rule: RuleCode) => vs.filter((v) => v.rule === rule);

describe("helpers read the standard", () => {
  it("the encoded numbers are the ones the tests assume", () => {
    expect(standard.profile.minMinutes).toMatchObject({ theory: 90, skill: 90, review: 15 });
    expect(standard.profile.ratios.theory).toMatchObject({ maxCandidatesPerStaff: 15, minStaffPerRoom: 2 });
    expect(standard.profile.ratios.skill).toMatchObject({ maxCandidatesPerStaff: 15, minStaff: 3, oddNumber: true });
  });

  it("requiredProctors: 2 up to 30, then ceil(n/15)", () => {
    expect([0, 1, 15, 16, 30, 31, 45, 46].map(requiredProctors)).toEqual([2, 2, 2, 2, 2, 3, 3, 4]);
  });

  it("requiredExaminers: odd, at least 3 and at least ceil(n/15)", () => {
    expect([1, 45, 46, 60, 75, 76, 105, 106].map(requiredExaminers)).toEqual([3, 3, 5, 5, 5, 7, 7, 9]);
    expect(requiredReviewMembers()).toBe(3);
  });
});

describe("a legal session has no violations", () => {
  it("theory, two rooms", () => {
    expect(check(theoryDraft([30, 16], [2, 2]))).toEqual([]);
  });
  it("skill, 46 candidates, 5 examiners with a chief", () => {
    expect(check(skillDraft(46, 5, { chiefExaminerId: "e1" }))).toEqual([]);
  });
});

describe("1: duration (1.8.4)", () => {
  for (const mode of ["theory", "skill"] as const)
    it(`${mode}: 89 minutes refused, 90 accepted`, () => {
      const base = mode === "theory" ? theoryDraft([10], [2]) : skillDraft(10, 3);
      const v = check({ ...base, minutes: 89 });
      expect(rules(v)).toEqual(["duration-min"]);
      expect(v[0]?.message).toContain("89");
      expect(v[0]?.message).toContain("90");
      expect(v[0]?.message).toContain("1.8.4");
      expect(v[0]?.params).toEqual({ minutes: 89, min: 90 });
      expect(check({ ...base, minutes: 90 })).toEqual([]);
    });

  it("review: 14 refused, 15 passes the duration rule (but review is refused at levels 5 and 4)", () => {
    const review = (minutes: number, level: "5" | "4"): SessionDraft => ({
      mode: "review",
      level,
      track: "online-merchant",
      startsAt: T0,
      minutes,
      rooms: [{ roomId: "M1", candidateIds: ["c1"], proctorIds: [] }],
      examinerIds: ids("e", 3),
    });
    for (const level of ["5", "4"] as const) {
      const opts = { rooms: [room("M1", "meeting-room")], candidates: [candidate(1, { level })] };
      const v14 = check(review(14, level), opts);
      expect(rules(v14).sort()).toEqual(["duration-min", "mode-not-at-level"]);
      expect(only(v14, "duration-min")[0]?.message).toMatch(/14 分钟.*15 分钟/);
      const v15 = check(review(15, level), opts);
      expect(rules(v15)).toEqual(["mode-not-at-level"]);
      expect(v15[0]?.message).toContain("1.8.2");
    }
  });
});

describe("3: venue kind per mode (1.8.5)", () => {
  const kinds = ["standard-classroom", "computer-room", "lan-internet-computer-room", "meeting-room"] as const;
  const allowedTheory = ["standard-classroom", "computer-room"];
  const allowedSkill = ["lan-internet-computer-room"];
  for (const kind of kinds) {
    it(`theory in ${kind}: ${allowedTheory.includes(kind) ? "allowed" : "refused"}`, () => {
      const v = check(theoryDraft([10], [2]), { rooms: [room("R1", kind, 40, "301")] });
      expect(rules(v)).toEqual(allowedTheory.includes(kind) ? [] : ["venue-kind"]);
      if (v[0]) expect(v[0].message).toContain("考场「301」");
    });
    it(`skill in ${kind}: ${allowedSkill.includes(kind) ? "allowed" : "refused"}`, () => {
      const v = check(skillDraft(10, 3), { rooms: [room("L1", kind, 40)] });
      expect(rules(v)).toEqual(allowedSkill.includes(kind) ? [] : ["venue-kind"]);
    });
  }
});

describe("4: theory proctors per room (1.8.3)", () => {
  it("15 and 16 candidates need 2 proctors; 1 is refused", () => {
    expect(check(theoryDraft([15], [2]))).toEqual([]);
    expect(check(theoryDraft([16], [2]))).toEqual([]);
    const v = check(theoryDraft([16], [1]), { rooms: [room("R1", "standard-classroom", 40, "301")] });
    expect(rules(v)).toEqual(["theory-proctors"]);
    expect(v[0]?.message).toContain("考场「301」：考生 16 人，监考人员 1 人，少于要求的 2 人");
    expect(v[0]?.message).toContain("1.8.3");
    expect(v[0]?.params).toMatchObject({ candidates: 16, proctors: 1, required: 2 });
    expect(v[0]?.roomId).toBe("R1");
  });
  it("31 candidates need 3: 2 refused, 3 accepted", () => {
    const v = check(theoryDraft([31], [2]), { rooms: [room("R1", "standard-classroom", 40, "301")] });
    expect(rules(v)).toEqual(["theory-proctors"]);
    expect(v[0]?.message).toContain("考生 31 人，监考人员 2 人，少于要求的 3 人");
    expect(check(theoryDraft([31], [3]), { rooms: [room("R1", "standard-classroom", 40)] })).toEqual([]);
  });
  it("checked per room: every short room is reported", () => {
    const v = check(theoryDraft([10, 20, 5], [1, 2, 0]));
    expect(only(v, "theory-proctors").map((x) => x.roomId)).toEqual(["R1", "R3"]);
  });
});

describe("5: skill examiner panel (1.8.3)", () => {
  it("2 examiners refused (minimum 3), 3 accepted", () => {
    const v = check(skillDraft(10, 2));
    expect(rules(v)).toContain("skill-examiners-min");
    expect(only(v, "skill-examiners-min")[0]?.message).toContain("考评人员 2 人，少于要求的 3 人");
    expect(check(skillDraft(10, 3))).toEqual([]);
  });
  it("4 examiners refused (odd), 3 accepted for 10 candidates", () => {
    const v = check(skillDraft(10, 4));
    expect(rules(v)).toEqual(["skill-examiners-odd"]);
    expect(v[0]?.message).toContain("4 人");
  });
  it("45 candidates: 3 examiners suffice", () => {
    expect(check(skillDraft(45, 3))).toEqual([]);
  });
  it("46 candidates: 3 refused (ratio), 4 refused (odd), 5 accepted", () => {
    const v3 = check(skillDraft(46, 3));
    expect(rules(v3)).toEqual(["skill-examiners-min"]);
    expect(v3[0]?.message).toContain("考生 46 人，考评人员 3 人，少于要求的 5 人");
    expect(v3[0]?.params).toMatchObject({ candidates: 46, examiners: 3, required: 5 });
    const v4 = check(skillDraft(46, 4));
    expect(rules(v4)).toEqual(["skill-examiners-odd"]);
    expect(v4[0]?.params).toMatchObject({ candidates: 46, examiners: 4, required: 5 });
    expect(check(skillDraft(46, 5))).toEqual([]);
  });
  it("the panel counts candidates across all rooms of the session", () => {
    const d = skillDraft(0, 3, {
      rooms: [
        { roomId: "L1", candidateIds: ids("c", 30), proctorIds: [] },
        { roomId: "L2", candidateIds: ids("c", 16, 31), proctorIds: [] },
      ],
    });
    expect(rules(check(d))).toEqual(["skill-examiners-min"]);
  });
});

describe("6: capacity", () => {
  it("30 in a 30-seat room accepted, 31 refused with both numbers", () => {
    const opts = { rooms: [room("R1", "standard-classroom", 30, "301")] };
    expect(check(theoryDraft([30], [2]), opts)).toEqual([]);
    const v = check(theoryDraft([31], [3]), opts);
    expect(rules(v)).toEqual(["capacity"]);
    expect(v[0]?.message).toContain("考场「301」：考生 31 人，超过容量 30 人");
  });
});

describe("7: overlaps with other sessions", () => {
  const other = (startMin: number, minutes: number, roomIds: string[], userIds: string[]) => ({
    id: "o1",
    name: "上午场",
    startsAt: at(startMin),
    minutes,
    roomIds,
    userIds,
  });
  it("overlapMinutes: half-open intervals", () => {
    expect(overlapMinutes({ startsAt: T0, minutes: 90 }, { startsAt: at(90), minutes: 90 })).toBe(0);
    expect(overlapMinutes({ startsAt: T0, minutes: 90 }, { startsAt: at(89), minutes: 90 })).toBe(1);
    expect(overlapMinutes({ startsAt: at(90), minutes: 90 }, { startsAt: T0, minutes: 90 })).toBe(0);
    expect(overlapMinutes({ startsAt: at(10), minutes: 10 }, { startsAt: T0, minutes: 90 })).toBe(10);
  });
  it("room: back-to-back fine, one minute of overlap refused (either side)", () => {
    const d = theoryDraft([10], [2]);
    expect(check(d, { otherSessions: [other(-90, 90, ["R1"], [])] })).toEqual([]);
    expect(check(d, { otherSessions: [other(90, 90, ["R1"], [])] })).toEqual([]);
    const before = check(d, { otherSessions: [other(-89, 90, ["R1"], [])] });
    expect(rules(before)).toEqual(["room-overlap"]);
    expect(before[0]?.message).toContain("重叠 1 分钟");
    expect(rules(check(d, { otherSessions: [other(89, 90, ["R1"], [])] }))).toEqual(["room-overlap"]);
  });
  it("person: candidate user, proctor and examiner", () => {
    const d = skillDraft(5, 3, { rooms: [{ roomId: "L1", candidateIds: ids("c", 5), proctorIds: ["p1"] }] });
    expect(check(d, { otherSessions: [other(90, 30, [], [uid(1), "p1", "e2"])] })).toEqual([]);
    const v = check(d, { otherSessions: [other(89, 30, [], [uid(1), "p1", "e2"])] });
    expect(rules(v)).toEqual(["person-overlap", "person-overlap", "person-overlap"]);
    expect(v.map((x) => x.personId).sort()).toEqual(["e2", "p1", uid(1)].sort());
    expect(v.find((x) => x.personId === uid(1))?.message).toContain("考生「考生1」");
  });
  it("the draft's own stored session is not an overlap with itself", () => {
    const d = { ...theoryDraft([10], [2]), id: "o1" };
    expect(check(d, { otherSessions: [other(0, 90, ["R1"], ["p1"])] })).toEqual([]);
  });
});

describe("8: the same person within the session", () => {
  it("a candidate in two rooms", () => {
    const d = theoryDraft([2, 2], [2, 2]);
    d.rooms[1]?.candidateIds.push("c1");
    expect(rules(check(d))).toEqual(["person-twice"]);
  });
  it("a proctor in two rooms", () => {
    const d = theoryDraft([2, 2], [2, 2]);
    d.rooms[1]?.proctorIds.splice(0, 1, "p1");
    const v = check(d);
    expect(rules(v)).toContain("person-twice");
  });
  it("a proctor who is also a candidate (by user id)", () => {
    const d = theoryDraft([3], [2]);
    d.rooms[0]?.proctorIds.push(uid(2));
    const v = check(d, { staff: [staff(uid(2), ["PROCTOR"], "张三")] });
    expect(rules(v)).toEqual(["proctor-is-candidate"]);
    expect(v[0]?.message).toContain("张三");
  });
  it("an examiner who is also a candidate", () => {
    const d = skillDraft(3, 3);
    d.examinerIds[2] = uid(1);
    expect(rules(check(d, { staff: [staff(uid(1), ["EXAMINER"])] }))).toEqual(["examiner-is-candidate"]);
  });
  it("an examiner who also proctors", () => {
    const d = skillDraft(3, 3, { rooms: [{ roomId: "L1", candidateIds: ids("c", 3), proctorIds: ["e1"] }] });
    expect(rules(check(d))).toEqual(["person-twice"]);
  });
});

describe("9: examiner relations (回避)", () => {
  const rel = (kind: "relative" | "teacher" | "other", conflict: boolean) => ({
    examinerId: "e1",
    candidateId: "c2",
    kind,
    conflict,
  });
  it("relative and other refused, teacher allowed, teacher with conflict refused", () => {
    const d = skillDraft(3, 3);
    expect(rules(check(d, { relations: [rel("relative", false)] }))).toEqual(["examiner-related"]);
    expect(rules(check(d, { relations: [rel("other", false)] }))).toEqual(["examiner-related"]);
    expect(check(d, { relations: [rel("teacher", false)] })).toEqual([]);
    const v = check(d, { relations: [rel("teacher", true)] });
    expect(rules(v)).toEqual(["examiner-related"]);
    expect(v[0]?.personId).toBe("e1");
    expect(v[0]?.message).toContain("考生「考生2」");
  });
  it("a relation with a candidate not in the session is irrelevant", () => {
    expect(check(skillDraft(1, 3), { relations: [rel("relative", false)] })).toEqual([]);
  });
});

describe("10: candidates", () => {
  it("an ineligible, unapproved candidate is refused", () => {
    const d = theoryDraft([3], [2]);
    const v = check(d, { candidates: [candidate(2, { schedulable: false })] });
    expect(rules(v)).toEqual(["candidate-not-schedulable"]);
    expect(v[0]?.message).toContain("1.8.1");
  });
  it("wrong level, wrong track", () => {
    const d = theoryDraft([3], [2]);
    expect(rules(check(d, { candidates: [candidate(1, { level: "5" })] }))).toEqual(["candidate-level-track"]);
    expect(rules(check(d, { candidates: [candidate(1, { track: "cross-border" })] }))).toEqual(["candidate-level-track"]);
  });
});

describe("11: staff roles and rooms", () => {
  it("a proctor without PROCTOR, an examiner without EXAMINER", () => {
    const d = theoryDraft([3], [2]);
    const v = check(d, { staff: [staff("p1", ["EXAMINER"], "李四")] });
    expect(rules(v)).toEqual(["staff-role"]);
    expect(v[0]?.message).toContain("李四");
    const s = skillDraft(3, 3);
    expect(rules(check(s, { staff: [staff("e3", ["ADMIN", "PROCTOR"])] }))).toEqual(["staff-role"]);
  });
  it("no rooms", () => {
    const d = theoryDraft([], []);
    expect(rules(check(d))).toEqual(["no-rooms"]);
  });
  it("the chief examiner must be on the panel", () => {
    const d = skillDraft(3, 3, { chiefExaminerId: "e9" });
    expect(rules(check(d))).toEqual(["chief-not-in-panel"]);
  });
});

describe("all violations are reported together", () => {
  it("a draft breaking many rules", () => {
    const d = theoryDraft([31], [1], { minutes: 60 });
    d.rooms[0]?.proctorIds.push(uid(1));
    const v = check(d, {
      rooms: [room("R1", "meeting-room", 30)],
      candidates: [candidate(5, { schedulable: false, level: "5" })],
      staff: [staff("p1", ["ADMIN"])],
      otherSessions: [{ id: "x", name: "x", startsAt: at(30), minutes: 90, roomIds: ["R1"], userIds: ["p1"] }],
    });
    expect(new Set(rules(v))).toEqual(
      new Set([
        "duration-min",
        "venue-kind",
        "capacity",
        "theory-proctors",
        "staff-role",
        "candidate-not-schedulable",
        "candidate-level-track",
        "proctor-is-candidate",
        "room-overlap",
        "person-overlap",
      ]),
    );
  });
});

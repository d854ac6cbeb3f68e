// Scheduling sessions on a real PostgreSQL: the server re-checks every save with checkSession
// against the database, refuses (writing nothing) when a rule is broken, logs changes to
// published sessions, prepares candidates' papers on publish, and schedules whole cohorts.
import { randomUUID } from "node:crypto";
import { Prisma } from "@prisma/client";
import { beforeEach, describe, expect, it } from "vitest";
import { candidateOrder, type ItemType, type OptionKey, type PaperItem } from "@/exam";
import type { AreaCode, LevelCode, TrackCode } from "@/standard";
import { createPapers } from "@/server/papers/create-papers";
import { seedDemoBank } from "@/server/seed/seed-demo-bank";
import { autoAssignSession } from "@/server/sessions/auto-assign-session";
import { checkSessionDraft } from "@/server/sessions/check-session-draft";
import { createExaminerRelation } from "@/server/sessions/create-examiner-relation";
import { createRoom } from "@/server/sessions/create-room";
import { createSession } from "@/server/sessions/create-session";
import { getSession } from "@/server/sessions/get-session";
import { publishSession } from "@/server/sessions/publish-session";
import { scheduleCohort } from "@/server/sessions/schedule-cohort";
import type { SessionInputRaw } from "@/server/sessions/session-input";
import { updateSession } from "@/server/sessions/update-session";
import { prisma, resetDatabase } from "./helpers/db";
import { createStaff } from "./helpers/users";

const NOW = new Date("2026-05-20T02:00:00Z");
let adminId: string;
let ticketSeq = 0;

beforeEach(async () => {
  await resetDatabase();
  adminId = (await createStaff("admin-s")).id;
});

/** Candidates inserted directly (the roster import is tested elsewhere). */
async function makeCandidates(n: number, opts: { level?: LevelCode; track?: TrackCode; status?: "ELIGIBLE" | "NOT_ELIGIBLE" | "APPROVED" | "REJECTED"; prefix?: string } = {}) {
  const level = opts.level ?? "5";
  const track = opts.track ?? "online-merchant";
  const users = Array.from({ length: n }, () => ({ id: randomUUID(), displayName: "", roles: ["CANDIDATE" as const] }));
  const rows = users.map((u, i) => {
    ticketSeq += 1;
    const name = `${opts.prefix ?? "考生"}${String(i + 1).padStart(3, "0")}`;
    u.displayName = name;
    return {
      userId: u.id,
      name,
      idNumber: `ID${String(ticketSeq).padStart(16, "0")}`,
      gender: "男",
      level,
      track,
      ticketNumber: `2026${level}1${String(ticketSeq).padStart(5, "0")}`,
      evidence: {},
      eligibilityStatus: opts.status ?? ("ELIGIBLE" as const),
      eligibilityResult: {},
      eligibilityEvaluatedAt: NOW,
    };
  });
  await prisma.user.createMany({ data: users });
  await prisma.candidate.createMany({ data: rows });
  const created = await prisma.candidate.findMany({ where: { userId: { in: users.map((u) => u.id) } }, orderBy: { ticketNumber: "asc" }, select: { id: true, userId: true } });
  return created;
}

async function staff(prefix: string, n: number, roles: Array<"PROCTOR" | "EXAMINER">) {
  const out: string[] = [];
  for (let i = 1; i <= n; i++) out.push((await createStaff(`${prefix}${i}`, roles)).id);
  return out;
}

async function room(name: string, capacity = 30, kind: "computer-room" | "standard-classroom" | "lan-internet-computer-room" | "meeting-room" = "computer-room") {
  return (await createRoom({ name, kind, capacity, actorId: adminId, now: NOW })).roomId;
}

function theory(over: Partial<SessionInputRaw> & Pick<SessionInputRaw, "rooms">): SessionInputRaw {
  return { name: "五级网商理论上午场", mode: "theory", level: "5", track: "online-merchant", startsAt: "2026-06-01T09:00", minutes: 90, examinerIds: [], ...over };
}

describe("create and edit", () => {
  it("creates a legal theory session, with seats and proctors, stored in UTC", async () => {
    const r = await room("301");
    const cs = await makeCandidates(20);
    const [p1, p2] = await staff("proctor", 2, ["PROCTOR"]);
    const result = await createSession({ input: theory({ rooms: [{ roomId: r, candidateIds: cs.map((c) => c.id), proctorIds: [p1!, p2!] }] }), actorId: adminId, now: NOW });
    expect(result).toMatchObject({ ok: true });
    if (!result.ok) return;
    const s = await prisma.examSession.findUniqueOrThrow({ where: { id: result.sessionId } });
    expect(s.startsAt.toISOString()).toBe("2026-06-01T01:00:00.000Z"); // 09:00 in Shanghai
    expect(s.status).toBe("draft");
    const seats = await prisma.sessionCandidate.findMany({ where: { sessionId: s.id }, orderBy: { seat: "asc" } });
    expect(seats.map((x) => x.seat)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    expect(await prisma.sessionStaff.count({ where: { sessionId: s.id, role: "PROCTOR" } })).toBe(2);
  });

  it("refuses a save with violations, writes nothing, and returns the messages with the numbers", async () => {
    const r = await room("302");
    const cs = await makeCandidates(31);
    const [p1, p2] = await staff("proctor", 2, ["PROCTOR"]);
    const input = theory({ minutes: 89, rooms: [{ roomId: r, candidateIds: cs.map((c) => c.id), proctorIds: [p1!, p2!] }] });
    const result = await createSession({ input, actorId: adminId, now: NOW });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const messages = result.violations.map((v) => v.message);
    expect(messages).toContain("理论知识考试时长 89 分钟，少于标准 1.8.4 规定的不少于 90 分钟");
    expect(messages).toContain("考场「302」：考生 31 人，超过容量 30 人");
    expect(messages).toContain(
      "考场「302」：考生 31 人，监考人员 2 人，少于要求的 3 人（标准 1.8.3：每个考场不少于 2 名监考人员，且监考人员与考生配比不低于 1:15）",
    );
    expect(await prisma.examSession.count()).toBe(0);
    expect(await prisma.sessionCandidate.count()).toBe(0);
    // The live check of the form gives the same violations without saving.
    expect((await checkSessionDraft({ input })).map((v) => v.message)).toEqual(messages);
  });

  it("refuses candidates who are not schedulable or of another level/track, and a room of the wrong kind", async () => {
    const r = await room("会议室甲", 30, "meeting-room");
    const [ok] = await makeCandidates(1);
    const [no] = await makeCandidates(1, { status: "NOT_ELIGIBLE", prefix: "不符合" });
    const [approved] = await makeCandidates(1, { status: "APPROVED", prefix: "批准" });
    const [l4] = await makeCandidates(1, { level: "4", prefix: "四级" });
    const [p1, p2] = await staff("proctor", 2, ["PROCTOR"]);
    const result = await createSession({ input: theory({ rooms: [{ roomId: r, candidateIds: [ok!.id, no!.id, approved!.id, l4!.id], proctorIds: [p1!, p2!] }] }), actorId: adminId, now: NOW });
    if (result.ok) throw new Error("expected violations");
    expect(result.violations.map((v) => v.rule).sort()).toEqual(["candidate-level-track", "candidate-not-schedulable", "venue-kind"]);
    expect(result.violations.find((v) => v.rule === "venue-kind")?.message).toBe("考场「会议室甲」为会议室，理论知识考试应在标准教室或计算机教室进行（标准 1.8.5）");
  });

  it("edits a draft session (the session's own row is no overlap) and refuses an illegal edit", async () => {
    const r = await room("303");
    const cs = await makeCandidates(16);
    const [p1, p2, p3] = await staff("proctor", 3, ["PROCTOR"]);
    const created = await createSession({ input: theory({ rooms: [{ roomId: r, candidateIds: cs.slice(0, 15).map((c) => c.id), proctorIds: [p1!, p2!] }] }), actorId: adminId, now: NOW });
    if (!created.ok) throw new Error(JSON.stringify(created.violations));
    const id = created.sessionId;
    const edited = await updateSession({
      sessionId: id,
      input: theory({ name: "改名", minutes: 120, rooms: [{ roomId: r, candidateIds: cs.map((c) => c.id), proctorIds: [p1!, p3!] }] }),
      actorId: adminId,
      now: NOW,
    });
    expect(edited).toMatchObject({ ok: true, changes: 0 });
    const s = await getSession({ sessionId: id });
    expect([s.name, s.minutes, s.rooms[0]!.candidates.length, s.changes.length]).toEqual(["改名", 120, 16, 0]);

    const bad = await updateSession({ sessionId: id, input: theory({ rooms: [{ roomId: r, candidateIds: cs.map((c) => c.id), proctorIds: [p1!] }] }), actorId: adminId, now: NOW });
    expect(bad.ok).toBe(false);
    expect((await getSession({ sessionId: id })).minutes).toBe(120);
  });
});

describe("overlaps", () => {
  it("refuses a room or a person in two overlapping sessions; back to back is fine", async () => {
    const [r1, r2] = [await room("401"), await room("402")];
    const cs = await makeCandidates(4);
    const [p1, p2, p3, p4] = await staff("proctor", 4, ["PROCTOR"]);
    const first = await createSession({ input: theory({ name: "上午场", rooms: [{ roomId: r1!, candidateIds: [cs[0]!.id], proctorIds: [p1!, p2!] }] }), actorId: adminId, now: NOW });
    expect(first.ok).toBe(true);

    // Same room, 30 minutes of overlap (09:00–10:30 and 10:00–11:30).
    const sameRoom = await createSession({ input: theory({ name: "B", startsAt: "2026-06-01T10:00", rooms: [{ roomId: r1!, candidateIds: [cs[1]!.id], proctorIds: [p3!, p4!] }] }), actorId: adminId, now: NOW });
    if (sameRoom.ok) throw new Error("expected a room overlap");
    expect(sameRoom.violations.map((v) => v.message)).toEqual(["考场「401」已被场次「上午场」占用，时间重叠 30 分钟"]);

    // Another room, but a proctor and a candidate already busy.
    const samePeople = await createSession({ input: theory({ name: "C", startsAt: "2026-06-01T10:29", rooms: [{ roomId: r2!, candidateIds: [cs[0]!.id], proctorIds: [p1!, p3!] }] }), actorId: adminId, now: NOW });
    if (samePeople.ok) throw new Error("expected a person overlap");
    expect(samePeople.violations.map((v) => v.rule)).toEqual(["person-overlap", "person-overlap"]);
    expect(samePeople.violations.map((v) => v.message).join("\n")).toContain("监考人员「proctor1」已在场次「上午场」中，时间重叠 1 分钟");

    // Back to back: 10:30 starts when the first ends.
    const next = await createSession({ input: theory({ name: "D", startsAt: "2026-06-01T10:30", rooms: [{ roomId: r1!, candidateIds: [cs[0]!.id], proctorIds: [p1!, p2!] }] }), actorId: adminId, now: NOW });
    expect(next.ok).toBe(true);
    expect(await prisma.examSession.count()).toBe(2);
  });

  it("refuses a related examiner (teacher only when marked as a conflict)", async () => {
    const r = await room("技能室", 30, "lan-internet-computer-room");
    const cs = await makeCandidates(3);
    const examiners = await staff("examiner", 3, ["EXAMINER"]);
    const ticket = (await prisma.candidate.findUniqueOrThrow({ where: { id: cs[0]!.id } })).ticketNumber;
    await createExaminerRelation({ examinerId: examiners[0]!, ticketNumber: ticket, kind: "teacher", conflict: false, actorId: adminId, now: NOW });
    const input: SessionInputRaw = { name: "技能", mode: "skill", level: "5", track: "online-merchant", startsAt: "2026-06-02T09:00", minutes: 90, rooms: [{ roomId: r, candidateIds: cs.map((c) => c.id), proctorIds: [] }], examinerIds: examiners, chiefExaminerId: examiners[0]! };
    expect(await checkSessionDraft({ input })).toEqual([]);
    await prisma.examinerRelation.updateMany({ data: { conflict: true } });
    const v = await checkSessionDraft({ input });
    expect(v.map((x) => x.message)).toEqual(["考评人员「examiner1」与考生「考生001」存在师生关系且已登记利益冲突，应回避"]);
  });
});

describe("auto-assign", () => {
  it("splits candidates over the fewest allowed rooms and proposes the minimum legal staff", async () => {
    const meeting = await room("会议室", 100, "meeting-room");
    const [a, b, c] = [await room("A", 30), await room("B", 30), await room("C", 30)];
    const cs = await makeCandidates(46);
    await staff("proctor", 6, ["PROCTOR"]);
    const examiners = await staff("examiner", 5, ["EXAMINER"]);
    const proposal = await autoAssignSession({ mode: "theory", level: "5", track: "online-merchant", startsAt: "2026-06-01T09:00", minutes: 90, candidateIds: cs.map((x) => x.id), roomIds: [meeting, a!, b!, c!] });
    expect(proposal.rooms.map((r) => [r.roomId, r.candidateIds.length, r.proctorIds.length])).toEqual([
      [a, 23, 2],
      [b, 23, 2],
    ]);
    expect(proposal.shortages).toEqual([]);
    // The proposal is legal as it stands.
    const input = theory({ rooms: proposal.rooms });
    expect(await checkSessionDraft({ input })).toEqual([]);

    // Skill: an odd panel of ceil(46/15) = 4 → 5 examiners, in a room with LAN and internet.
    const lan = await room("实操室", 60, "lan-internet-computer-room");
    const skill = await autoAssignSession({ mode: "skill", level: "5", track: "online-merchant", startsAt: "2026-06-01T14:00", minutes: 90, candidateIds: cs.map((x) => x.id), roomIds: [] });
    expect(skill.rooms.map((r) => [r.roomId, r.candidateIds.length])).toEqual([[lan, 46]]);
    expect(skill.examinerIds).toEqual(examiners);

    // People busy in an overlapping session are not proposed.
    const created = await createSession({ input, actorId: adminId, now: NOW });
    expect(created.ok).toBe(true);
    const others = await makeCandidates(10, { prefix: "另" });
    const again = await autoAssignSession({ mode: "theory", level: "5", track: "online-merchant", startsAt: "2026-06-01T10:00", minutes: 90, candidateIds: others.map((x) => x.id), roomIds: [a!, b!, c!] });
    expect(again.rooms.map((r) => [r.roomId, r.proctorIds.length])).toEqual([[c, 2]]);
    const used = new Set(proposal.rooms.flatMap((r) => r.proctorIds));
    expect(again.rooms[0]!.proctorIds.some((p) => used.has(p))).toBe(false);
  });
});

describe("publish and the change log", () => {
  it("prepares every theory candidate's paper (A/B by seat) and order on publish; edits after that are logged", async () => {
    await prisma.$transaction((tx) => seedDemoBank(tx, NOW), { timeout: 120_000 });
    const papers = await createPapers({ name: "五级网商", level: "5", track: "online-merchant", forms: 2, seed: "pub", actorId: adminId, now: NOW });
    if (!papers.ok) throw new Error(JSON.stringify(papers.shortages));
    const group = (await prisma.paper.findUniqueOrThrow({ where: { id: papers.paperIds[0]! } })).formGroup!;
    const r = await room("501");
    const cs = await makeCandidates(4);
    const [p1, p2, p3] = await staff("proctor", 3, ["PROCTOR"]);
    const created = await createSession({
      input: theory({ paper: `group:${group}`, rooms: [{ roomId: r, candidateIds: cs.map((c) => c.id), proctorIds: [p1!, p2!] }] }),
      actorId: adminId,
      now: NOW,
    });
    if (!created.ok) throw new Error(JSON.stringify(created.violations));
    const id = created.sessionId;

    expect(await publishSession({ sessionId: id, actorId: adminId, now: NOW })).toEqual({ ok: true, prepared: 4 });
    const s = await prisma.examSession.findUniqueOrThrow({ where: { id } });
    expect([s.status, s.publishedAt?.toISOString()]).toEqual(["published", NOW.toISOString()]);
    const seated = await prisma.sessionCandidate.findMany({ where: { sessionId: id }, orderBy: { seat: "asc" } });
    const [formA, formB] = papers.paperIds;
    expect(seated.map((x) => x.paperId)).toEqual([formA, formB, formA, formB]);
    for (const sc of seated) {
      const rows = await prisma.paperItem.findMany({
        where: { paperId: sc.paperId! },
        orderBy: { position: "asc" },
        select: { type: true, area: true, points: true, itemVersion: { select: { id: true, itemId: true, type: true, options: true } } },
      });
      const items: PaperItem[] = rows.map((x) => ({ itemId: x.itemVersion.itemId, versionId: x.itemVersion.id, type: x.type as ItemType, area: x.area as AreaCode, points: x.points, knowledgePoint: "" }));
      const versions = new Map(rows.map((x) => [x.itemVersion.id, { type: x.itemVersion.type as ItemType, options: x.itemVersion.options as Array<{ key: OptionKey; text: string }> }]));
      const expected = candidateOrder({ paper: { items }, seed: `${id}:${sc.candidateId}`, items: versions });
      expect(sc.itemOrder).toEqual(expected.itemOrder);
      expect(sc.optionOrder).toEqual(expected.optionOrder);
      expect([...(sc.itemOrder as string[])].sort()).toEqual(rows.map((x) => x.itemVersion.id).sort());
    }
    // Two candidates on the same form get different orders.
    expect(seated[0]!.itemOrder).not.toEqual(seated[2]!.itemOrder);
    expect(await publishSession({ sessionId: id, actorId: adminId, now: NOW }).catch((e: { code: string }) => e.code)).toBe("CONFLICT");

    // Edit the published session: every change is logged, old → new.
    const later = new Date(NOW.getTime() + 60_000);
    const edited = await updateSession({
      sessionId: id,
      input: theory({ paper: `group:${group}`, minutes: 100, rooms: [{ roomId: r, candidateIds: cs.slice(0, 3).map((c) => c.id), proctorIds: [p1!, p3!] }] }),
      actorId: adminId,
      now: later,
    });
    expect(edited).toMatchObject({ ok: true, changes: 4 });
    const log = await prisma.sessionChange.findMany({ where: { sessionId: id }, orderBy: [{ at: "asc" }, { summary: "asc" }] });
    expect(log.map((c) => c.summary)).toEqual([
      "发布场次（考生 4 人）",
      "移除考生「考生004，" + (await prisma.candidate.findUniqueOrThrow({ where: { id: cs[3]!.id } })).ticketNumber + "」（原考场「501」4 号座位）",
      "考场「501」增加监考人员「proctor3」",
      "考场「501」移除监考人员「proctor2」",
      "考试时长：90 分钟 → 100 分钟",
    ]);
    expect((await getSession({ sessionId: id })).changes).toHaveLength(5);
    // The remaining candidates still have their prepared papers.
    expect(await prisma.sessionCandidate.count({ where: { sessionId: id, paperId: { not: null }, itemOrder: { not: Prisma.AnyNull } } })).toBe(3);
  }, 180_000);
});

describe("cohort", () => {
  it("schedules 180 candidates into 3 rooms and 2 sittings in one step, with the minimum staff", async () => {
    const rooms = [await room("601"), await room("602"), await room("603")];
    await makeCandidates(180);
    await makeCandidates(5, { status: "NOT_ELIGIBLE", prefix: "不符合" });
    await staff("proctor", 6, ["PROCTOR"]);
    const result = await scheduleCohort({
      name: "五级网商理论",
      mode: "theory",
      level: "5",
      track: "online-merchant",
      sittings: ["2026-06-10T09:00", "2026-06-10T14:00"],
      minutes: 90,
      roomIds: rooms,
      actorId: adminId,
      now: NOW,
    });
    expect(result).toMatchObject({ ok: true, placed: 180, unassigned: 0, shortages: [], violations: [] });
    expect(result.sessionIds).toHaveLength(2);
    const sessions = await prisma.examSession.findMany({ orderBy: { startsAt: "asc" }, include: { rooms: { include: { candidates: true, staff: true } } } });
    expect(sessions.map((s) => s.name)).toEqual(["五级网商理论（第 1 场）", "五级网商理论（第 2 场）"]);
    for (const s of sessions) {
      expect(s.rooms.map((r) => [r.candidates.length, r.staff.length])).toEqual([
        [30, 2],
        [30, 2],
        [30, 2],
      ]);
    }
    expect(await prisma.sessionCandidate.count()).toBe(180);

    // Nobody is left: a second run says so and writes nothing.
    const again = await scheduleCohort({ name: "再排", mode: "theory", level: "5", track: "online-merchant", sittings: ["2026-06-11T09:00"], minutes: 90, roomIds: rooms, actorId: adminId, now: NOW });
    expect(again.ok).toBe(false);
    expect(again.shortages).toEqual(["五级/初级工·网商没有待安排的符合条件的考生"]);
    expect(await prisma.examSession.count()).toBe(2);
  });

  it("writes nothing when the staff is short, and says what is missing", async () => {
    const rooms = [await room("701"), await room("702")];
    await makeCandidates(60);
    await staff("proctor", 3, ["PROCTOR"]);
    const result = await scheduleCohort({ name: "缺人", mode: "theory", level: "5", track: "online-merchant", sittings: ["2026-06-12T09:00"], minutes: 90, roomIds: rooms, actorId: adminId, now: NOW });
    expect(result.ok).toBe(false);
    expect(result.shortages).toEqual(["第 1 场：监考人员不足：考场「702」考生 30 人，需监考人员 2 人，仅可安排 1 人"]);
    expect(result.violations.map((v) => v.rule)).toEqual(["theory-proctors"]);
    expect(await prisma.examSession.count()).toBe(0);
  });
});

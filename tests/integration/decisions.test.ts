// Overall decisions over real sessions: missing part, failed part, expired part, resit; and the
// scheduling rules for resits (a kept part is refused, a failed part alone is scheduled).
import { beforeAll, describe, expect, it } from "vitest";
import { loadDecisions } from "@/server/decisions/load-decisions";
import { resitCandidates } from "@/server/decisions/resit-candidates";
import { createSession } from "@/server/sessions/create-session";
import { scheduleCohort } from "@/server/sessions/schedule-cohort";
import { saveCertificateSettings, DEFAULT_CERTIFICATE_SETTINGS } from "@/server/settings/certificate-settings";
import { prisma, resetDatabase } from "./helpers/db";
import { day, makeCandidate, skillPlan, skillSession, theorySession } from "./helpers/results-fixture";
import { createStaff } from "./helpers/users";

let adminId: string;
let plan: Awaited<ReturnType<typeof skillPlan>>;

beforeAll(async () => {
  await resetDatabase();
  adminId = (await createStaff("decision-admin")).id;
  plan = await skillPlan(adminId);
});

const decide = async (id: string, now: Date) => (await loadDecisions({ candidateIds: [id], now })).decisions.get(id)!;

describe("overall decision from released sessions", () => {
  it("missing part: theory passed, no skill sitting → incomplete, skill needed", async () => {
    const c = await makeCandidate("缺一科");
    await theorySession({ name: "理论 6 月", startsAt: day("2026-06-01"), scores: { [c.id]: 7250 }, createdById: adminId });
    const d = await decide(c.id, day("2026-06-10"));
    expect(d.overall).toBe("incomplete");
    expect(d.parts.map((p) => [p.mode, p.status, p.score])).toEqual([
      ["theory", "passed", 7250],
      ["skill", "missing", null],
    ]);
    expect(d.needs).toEqual(["skill"]);
  });

  it("failed part: skill 59.99 → fail; a pending (unreleased) resit counts for nothing yet", async () => {
    const c = await makeCandidate("技能不合格");
    await theorySession({ name: "理论", startsAt: day("2026-06-01"), scores: { [c.id]: 8000 }, createdById: adminId });
    await skillSession({ name: "技能", startsAt: day("2026-06-08"), plan, finals: { [c.id]: [3599, 2400] }, createdById: adminId });
    await skillSession({ name: "技能补考（未发布）", startsAt: day("2026-07-08"), released: false, plan, finals: { [c.id]: [5000, 3000] }, createdById: adminId });
    const d = await decide(c.id, day("2026-07-20"));
    expect(d.overall).toBe("fail");
    expect(d.parts[1]).toMatchObject({ status: "failed", score: 5999 });
    expect(d.history.map((h) => [h.mode, h.state, h.resit])).toEqual([
      ["theory", "scored", false],
      ["skill", "scored", false],
      ["skill", "pending", true],
    ]);
  });

  it("resit: the released resit replaces the failed score and the application passes", async () => {
    const c = await makeCandidate("补考通过");
    await theorySession({ name: "理论", startsAt: day("2026-03-01"), scores: { [c.id]: 6500 }, createdById: adminId });
    await skillSession({ name: "技能", startsAt: day("2026-03-08"), plan, finals: { [c.id]: [2000, 1000] }, createdById: adminId });
    await skillSession({ name: "技能补考", startsAt: day("2026-05-08"), plan, finals: { [c.id]: [4000, 3000] }, createdById: adminId });
    const d = await decide(c.id, day("2026-06-01"));
    expect(d.overall).toBe("pass");
    expect(d.parts[1]).toMatchObject({ status: "passed", score: 7000 });
    expect(d.history.filter((h) => h.mode === "skill").map((h) => [h.resit, h.current])).toEqual([
      [false, false],
      [true, true],
    ]);
  });

  it("expired part: a theory pass older than the retention is to be sat again; the setting changes it", async () => {
    const c = await makeCandidate("成绩过期");
    await theorySession({ name: "理论 2025", startsAt: day("2025-01-10"), scores: { [c.id]: 9000 }, createdById: adminId });
    await skillSession({ name: "技能 2026", startsAt: day("2026-02-10"), plan, finals: { [c.id]: [4000, 3000] }, createdById: adminId });
    const d = await decide(c.id, day("2026-03-01"));
    expect(d.overall).toBe("incomplete");
    expect(d.parts.map((p) => p.status)).toEqual(["expired", "passed"]);
    expect(d.needs).toEqual(["theory"]);
    await saveCertificateSettings({ actorId: adminId, now: new Date(), input: { ...DEFAULT_CERTIFICATE_SETTINGS, retentionMonths: 24 } });
    expect((await decide(c.id, day("2026-03-01"))).overall).toBe("pass");
    await saveCertificateSettings({ actorId: adminId, now: new Date(), input: DEFAULT_CERTIFICATE_SETTINGS });
  });

  it("absent from a released session: no score from it", async () => {
    const c = await makeCandidate("缺考");
    await theorySession({ name: "理论（缺考）", startsAt: day("2026-06-01"), scores: { [c.id]: null }, createdById: adminId });
    const d = await decide(c.id, day("2026-06-10"));
    expect(d.history[0]).toMatchObject({ state: "absent", score: null });
    expect(d.parts[0]!.status).toBe("missing");
  });
});

describe("resits follow the scheduling rules", () => {
  it("lists who must resit a part, refuses a kept part, and schedules the failed part alone", async () => {
    await resetDatabase();
    adminId = (await createStaff("resit-admin")).id;
    plan = await skillPlan(adminId);
    const examiners = await Promise.all(["rx1", "rx2", "rx3"].map((u) => createStaff(u, ["EXAMINER"])));
    const proctors = await Promise.all(["rp1", "rp2"].map((u) => createStaff(u, ["PROCTOR"])));
    const failedSkill = await makeCandidate("技能待补考");
    const passedBoth = await makeCandidate("两科合格");
    await theorySession({ name: "理论", startsAt: day("2026-06-01"), scores: { [failedSkill.id]: 7000, [passedBoth.id]: 7000 }, createdById: adminId });
    await skillSession({ name: "技能", startsAt: day("2026-06-08"), plan, finals: { [failedSkill.id]: [2000, 1000], [passedBoth.id]: [4000, 3000] }, createdById: adminId });
    const now = day("2026-06-20");

    expect((await resitCandidates({ level: "5", track: "online-merchant", mode: "skill", now })).map((c) => c.name)).toEqual(["技能待补考"]);
    expect(await resitCandidates({ level: "5", track: "online-merchant", mode: "theory", now })).toEqual([]);

    // A theory session for someone who keeps a theory pass is refused, by the same checks as any session.
    const theoryRoom = await prisma.room.create({ data: { name: "补考理论室", kind: "computer-room", capacity: 30 } });
    const refused = await createSession({
      actorId: adminId,
      now,
      input: { name: "理论重考？", mode: "theory", level: "5", track: "online-merchant", startsAt: "2099-07-01T09:00", minutes: 90, rooms: [{ roomId: theoryRoom.id, candidateIds: [failedSkill.id], proctorIds: proctors.map((p) => p.id) }], examinerIds: [] },
    });
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.violations.map((v) => v.rule)).toEqual(["part-kept"]);

    // The resit cohort: only the failed candidate, into a skill session, checked like any other.
    const skillRoom = await prisma.room.create({ data: { name: "补考实训室", kind: "lan-internet-computer-room", capacity: 30 } });
    const tooShort = await scheduleCohort({ name: "技能补考", mode: "skill", level: "5", track: "online-merchant", sittings: ["2099-07-02T09:00"], minutes: 60, roomIds: [skillRoom.id], purpose: "resit", actorId: adminId, now });
    expect(tooShort.ok).toBe(false);
    expect(tooShort.violations.map((v) => v.rule)).toContain("duration-min");
    const r = await scheduleCohort({ name: "技能补考", mode: "skill", level: "5", track: "online-merchant", sittings: ["2099-07-02T09:00"], minutes: 90, roomIds: [skillRoom.id], purpose: "resit", actorId: adminId, now });
    expect(r).toMatchObject({ ok: true, placed: 1 });
    const seats = await prisma.sessionCandidate.findMany({ where: { sessionId: r.sessionIds[0]! }, select: { candidateId: true } });
    expect(seats.map((s) => s.candidateId)).toEqual([failedSkill.id]);
    expect(examiners).toHaveLength(3);
    // The same cohort run for first sittings finds nobody: both have sat skill already.
    const first = await scheduleCohort({ name: "技能", mode: "skill", level: "5", track: "online-merchant", sittings: ["2099-08-02T09:00"], minutes: 90, roomIds: [skillRoom.id], actorId: adminId, now });
    expect(first.ok).toBe(false);
  });
});

// The separation of exam and practice content, proven on the real database both ways:
// a secure item never reaches practice or a mock exam; a practice-only item never appears on a
// scheduled exam's paper. See docs/practice.md.
import { beforeAll, describe, expect, it } from "vitest";
import { updateItem, rowToInput, versionSelect } from "@/server/bank/item-store";
import { getCoverage } from "@/server/bank/coverage";
import { createPapers } from "@/server/papers/create-papers";
import { answerPractice } from "@/server/practice/answer-practice";
import { getDrill } from "@/server/practice/get-drill";
import { getMock } from "@/server/practice/get-mock";
import { startDrill } from "@/server/practice/start-drill";
import { startMock } from "@/server/practice/start-mock";
import { prepareCandidatePapers } from "@/server/sessions/prepare-candidate-papers";
import { prisma, resetDatabase } from "./helpers/db";
import { createCandidate, publishedSession } from "./helpers/exam-fixture";
import { itemIdsOfVersions, seedBank } from "./helpers/practice-fixture";
import { createStaff } from "./helpers/users";

const NOW = new Date("2026-11-30T02:00:00Z");
let adminId: string;
let secure: Set<string>;
let practice: Set<string>;
let both: Set<string>;
let candidateId: string;

const AREAS = ["ethics", "basics", "1", "2", "3", "4", "5", "6"] as const;

beforeAll(async () => {
  await resetDatabase();
  adminId = (await createStaff("admin-sep")).id;
  secure = new Set(await seedBank({ use: "secure", perCell: 20, seed: "保密", now: NOW }));
  practice = new Set(await seedBank({ use: "practice", perCell: 20, seed: "练习", now: NOW }));
  both = new Set(await seedBank({ use: "both", perCell: 2, seed: "通用", now: NOW }));
  candidateId = (await createCandidate("练习考生")).id;
});

describe("a practice-only item never appears on a scheduled exam's paper", () => {
  it("papers (single and A/B forms, many seeds) draw only secure and both items", async () => {
    for (const [seed, forms] of [["p1", 1], ["p2", 2], ["p3", 1], ["p4", 2]] as const) {
      const r = await createPapers({ name: `试卷 ${seed}`, level: "5", track: "online-merchant", seed, forms, actorId: adminId, now: NOW });
      expect(r.ok, seed).toBe(true);
      if (!r.ok) continue;
      const rows = await prisma.paperItem.findMany({ where: { paperId: { in: r.paperIds } }, select: { itemVersionId: true } });
      expect(rows.length).toBe(90 * forms);
      const itemIds = await itemIdsOfVersions(rows.map((x) => x.itemVersionId));
      expect(itemIds.filter((id) => practice.has(id))).toEqual([]);
      expect(itemIds.every((id) => secure.has(id) || both.has(id))).toBe(true);
    }
  });

  it("the bank's coverage for exams counts no practice-only item", async () => {
    const table = (await getCoverage()).find((t) => t.level === "5" && t.track === "online-merchant")!;
    const ethics = table.rows.find((r) => r.area === "ethics")!;
    // 20 secure + 2 both per type; the 20 practice-only items per type are not counted.
    expect(ethics.have).toEqual({ "true-false": 22, single: 22, multiple: 22 });
  });

  it("an item on a paper of an exam not yet held cannot become practice (or both); after the exam it can", async () => {
    const r = await createPapers({ name: "期末理论卷", level: "5", track: "online-merchant", seed: "final", actorId: adminId, now: NOW });
    if (!r.ok) throw new Error("assembly");
    const paperId = r.paperIds[0]!;
    // An item on this paper only (the other tests' papers are pending too).
    const onlyHere = await prisma.$queryRaw<Array<{ itemId: string }>>`
      SELECT v."itemId" FROM "PaperItem" pi JOIN "ItemVersion" v ON v.id = pi."itemVersionId"
      WHERE pi."paperId" = ${paperId}
        AND NOT EXISTS (SELECT 1 FROM "PaperItem" o JOIN "ItemVersion" w ON w.id = o."itemVersionId" WHERE w."itemId" = v."itemId" AND o."paperId" <> ${paperId})
      LIMIT 1`;
    expect(onlyHere).toHaveLength(1);
    const itemId = onlyHere[0]!.itemId;
    const row = await prisma.itemVersion.findFirstOrThrow({ where: { itemId, currentOf: { isNot: null } }, select: versionSelect });
    const input = rowToInput(row);
    for (const use of ["practice", "both"] as const) {
      await expect(updateItem({ itemId, input, use, actorId: adminId, now: NOW })).rejects.toThrow(/尚未考完的试卷「期末理论卷」/);
    }
    expect((await prisma.item.findUniqueOrThrow({ where: { id: itemId } })).use).toBe(secure.has(itemId) ? "secure" : "both");

    // The session sits and ends (start + duration in the past, nobody still writing): now it may.
    const proctor = await createStaff("proctor-sep", ["PROCTOR"]);
    await publishedSession({ paperId, candidateIds: [candidateId], proctorIds: [proctor.id], startOffsetMin: -200, minutes: 90 });
    await updateItem({ itemId, input, use: "practice", actorId: adminId, now: NOW });
    expect((await prisma.item.findUniqueOrThrow({ where: { id: itemId } })).use).toBe("practice");
    expect(await prisma.auditLog.count({ where: { action: "item.use", subject: itemId } })).toBe(1);

    // Scheduling that old paper again (a resit) is refused at publication.
    const again = await publishedSession({ paperId, candidateIds: [candidateId], proctorIds: [proctor.id], startOffsetMin: 60 });
    await expect(prisma.$transaction((tx) => prepareCandidatePapers(tx, again.session.id))).rejects.toThrow(/仅练习用/);
    await prisma.examSession.update({ where: { id: again.session.id }, data: { status: "closed" } });
    await updateItem({ itemId, input, use: "secure", actorId: adminId, now: NOW });
  });

  it("publishing refuses a paper that holds a practice-only item, whatever changed it", async () => {
    const r = await createPapers({ name: "补考卷", level: "5", track: "online-merchant", seed: "resit", actorId: adminId, now: NOW });
    if (!r.ok) throw new Error("assembly");
    const proctor = await createStaff("proctor-sep2", ["PROCTOR"]);
    const { session, paperItems } = await publishedSession({ paperId: r.paperIds[0]!, candidateIds: [candidateId], proctorIds: [proctor.id], startOffsetMin: 60 });
    await expect(prisma.$transaction((tx) => prepareCandidatePapers(tx, session.id))).resolves.toEqual({ prepared: 1 });
    const itemId = paperItems[0]!.itemVersion.itemId;
    const before = (await prisma.item.findUniqueOrThrow({ where: { id: itemId } })).use;
    await prisma.item.update({ where: { id: itemId }, data: { use: "practice" } }); // behind the guard's back
    await expect(prisma.$transaction((tx) => prepareCandidatePapers(tx, session.id))).rejects.toThrow(/1 道题目已改为仅练习用/);
    await prisma.item.update({ where: { id: itemId }, data: { use: before } });
  });
});

describe("a secure item never reaches practice or a mock exam", () => {
  it("drills over every area draw only practice and both items", async () => {
    for (const area of AREAS) {
      for (let i = 0; i < 3; i++) {
        const { drillId } = await startDrill({ candidateId, input: { mode: "content", scope: { kind: "area", area }, size: 50 }, now: NOW });
        const items = await prisma.practiceDrillItem.findMany({ where: { drillId }, select: { itemId: true } });
        expect(items.length).toBeGreaterThan(0);
        expect(items.filter((x) => secure.has(x.itemId))).toEqual([]);
        expect(items.every((x) => practice.has(x.itemId) || both.has(x.itemId))).toBe(true);
      }
    }
  });

  it("mock exams are assembled from practice and both items only", async () => {
    for (let i = 0; i < 3; i++) {
      const { mockId } = await startMock({ candidateId });
      const items = await prisma.practiceMockItem.findMany({ where: { mockId }, select: { itemId: true, points: true } });
      expect(items).toHaveLength(90);
      expect(items.reduce((s, x) => s + x.points, 0)).toBe(10000);
      expect(items.filter((x) => secure.has(x.itemId))).toEqual([]);
      const view = await getMock({ mockId, candidateId });
      expect(JSON.stringify(view)).not.toContain("保密：");
      await prisma.practiceMock.update({ where: { id: mockId }, data: { status: "submitted", total: 0, passed: false } });
    }
  });

  it("a secure item's version sent as a drill answer gets no key and records nothing", async () => {
    const { drillId } = await startDrill({ candidateId, input: { mode: "content", scope: { kind: "area", area: "ethics" }, size: 5 }, now: NOW });
    const secureVersion = await prisma.itemVersion.findFirstOrThrow({ where: { itemId: { in: [...secure] } }, select: { id: true } });
    await expect(answerPractice({ drillId, candidateId, input: { itemVersionId: secureVersion.id, response: ["A"], seq: 1 } })).rejects.toThrow(/不在本组练习中/);
    expect(await prisma.practiceAnswer.count({ where: { drillId } })).toBe(0);
  });

  it("an item made secure after a drill began is withdrawn: no text, no key, no answer recorded", async () => {
    const { drillId } = await startDrill({ candidateId, input: { mode: "content", scope: { kind: "area", area: "basics" }, size: 3 }, now: NOW });
    const drill = await getDrill({ drillId, candidateId });
    const target = drill.items[0]!;
    const itemId = (await prisma.itemVersion.findUniqueOrThrow({ where: { id: target.versionId } })).itemId;
    const before = (await prisma.item.findUniqueOrThrow({ where: { id: itemId } })).use;
    await prisma.item.update({ where: { id: itemId }, data: { use: "secure" } });
    try {
      await expect(answerPractice({ drillId, candidateId, input: { itemVersionId: target.versionId, response: ["A"], seq: 1 } })).rejects.toThrow(/已停止用于练习/);
      const after = await getDrill({ drillId, candidateId });
      expect(after.items[0]).toMatchObject({ withdrawn: true, stem: "", options: [], answer: null });
      expect(await prisma.practiceAnswer.count({ where: { drillId } })).toBe(0);
    } finally {
      await prisma.item.update({ where: { id: itemId }, data: { use: before } });
    }
  });
});

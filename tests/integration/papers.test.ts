import { beforeAll, describe, expect, it } from "vitest";
import { createItemTx, updateItem } from "@/server/bank/item-store";
import { createTaskTx } from "@/server/bank/task-store";
import { createPapers } from "@/server/papers/create-papers";
import { createSkillPlan, getSkillPlan } from "@/server/papers/create-skill-plan";
import { getPaperForAdmin } from "@/server/papers/get-paper";
import { computeCoverage } from "@/server/bank/coverage";
import { loadBank } from "@/server/bank/item-store";
import { bankFor, taskBank } from "../unit/exam/fixtures";
import { prisma, resetDatabase } from "./helpers/db";
import { createStaff } from "./helpers/users";

const NOW = new Date("2026-11-26T04:00:00Z");
let adminId: string;
const itemIdOf = new Map<string, string>(); // fixture id -> db item id

beforeAll(async () => {
  await resetDatabase();
  adminId = (await createStaff("admin6")).id;
  const bank = bankFor("5", "online-merchant", 20, "papers-test");
  await prisma.$transaction(
    async (tx) => {
      for (const v of bank) {
        const { itemId } = await createItemTx(
          tx,
          { type: v.type, stem: v.stem, options: v.options, answer: v.answer, levels: v.levels, tracks: v.tracks, tag: v.tag, difficulty: v.difficulty, explanation: "解析", points: null, labels: [], status: "active" },
          { now: NOW },
        );
        itemIdOf.set(v.itemId, itemId);
      }
      for (const t of taskBank("papers-test", 3).filter((t) => t.level === "5")) {
        await createTaskTx(tx, { ...t, status: "active" }, { now: NOW });
      }
    },
    { timeout: 120_000 },
  );
});

describe("theory papers", () => {
  it("assembles and stores a paper that conforms, freezing the versions it uses", async () => {
    const result = await createPapers({ name: "五级网商 A", level: "5", track: "online-merchant", seed: "s1", actorId: adminId, now: NOW });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const paper = await prisma.paper.findUniqueOrThrow({ where: { id: result.paperIds[0]! }, include: { items: { orderBy: { position: "asc" } } } });
    expect(paper.items).toHaveLength(90);
    expect(paper.items.reduce((s, i) => s + i.points, 0)).toBe(10000);
    expect((paper.conformance as { conforms: boolean }).conforms).toBe(true);
    const frozen = await prisma.itemVersion.count({ where: { id: { in: paper.items.map((i) => i.itemVersionId) }, usedAt: { not: null } } });
    expect(frozen).toBe(90);

    // Same bank, blueprint and seed: the same paper.
    const again = await createPapers({ name: "五级网商 A 重组", level: "5", track: "online-merchant", seed: "s1", actorId: adminId, now: NOW });
    if (!again.ok) throw new Error("expected ok");
    const items2 = await prisma.paperItem.findMany({ where: { paperId: again.paperIds[0]! }, orderBy: { position: "asc" } });
    expect(items2.map((i) => i.itemVersionId)).toEqual(paper.items.map((i) => i.itemVersionId));
  });

  it("makes A/B forms in one group", async () => {
    const result = await createPapers({ name: "AB", level: "5", track: "online-merchant", forms: 2, seed: "ab", actorId: adminId, now: NOW });
    if (!result.ok) throw new Error("expected ok");
    const papers = await prisma.paper.findMany({ where: { id: { in: result.paperIds } }, orderBy: { form: "asc" } });
    expect(papers.map((p) => [p.form, p.name])).toEqual([
      ["A", "AB（A 卷）"],
      ["B", "AB（B 卷）"],
    ]);
    expect(papers[0]!.formGroup).toBe(papers[1]!.formGroup);
  });

  it("refuses when the bank cannot fill the blueprint, saying what is missing", async () => {
    const result = await createPapers({ name: "四级跨境", level: "4", track: "cross-border", actorId: adminId, now: NOW });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.shortages.length).toBeGreaterThan(0);
    expect(result.shortages.map((s) => s.message).join("\n")).toMatch(/四级\/中级工·跨境电子商务师 .*还缺 \d+ 道/);
  });

  it("rejects a structure that cannot match the weights, with the reason", async () => {
    await expect(
      createPapers({ name: "x", level: "5", track: "online-merchant", structure: { sections: [{ type: "single", count: 25, points: 4 }] }, actorId: adminId, now: NOW }),
    ).rejects.toMatchObject({ code: "VALIDATION", message: expect.stringContaining("无法满足职业道德的权重") });
  });

  it("shows the key only when asked; an edited item leaves the stored paper unchanged", async () => {
    const result = await createPapers({ name: "key", level: "5", track: "online-merchant", seed: "key", actorId: adminId, now: NOW });
    if (!result.ok) throw new Error("expected ok");
    const preview = await getPaperForAdmin({ paperId: result.paperIds[0]!, withKey: false });
    expect(preview.items.every((i) => !("answer" in i) && !("explanation" in i))).toBe(true);
    const print = await getPaperForAdmin({ paperId: result.paperIds[0]!, withKey: true });
    expect(print.items.every((i) => Array.isArray(i.answer))).toBe(true);

    const first = print.items[0]!;
    const version = await prisma.itemVersion.findUniqueOrThrow({ where: { id: first.versionId } });
    const edited = await updateItem({
      itemId: version.itemId,
      input: { type: version.type, stem: `${version.stem}（修订）`, options: version.options, answer: version.answer, levels: version.levels, tracks: version.tracks, tag: version.tagKind === "ethics" ? { kind: "ethics" } : version.tagKind === "basics" ? { kind: "basics", code: version.tagCode } : { kind: "knowledge", level: version.tagLevel, code: version.tagCode }, difficulty: version.difficulty, status: "active" },
      actorId: adminId,
      now: NOW,
    });
    expect(edited.newVersion).toBe(true);
    const after = await getPaperForAdmin({ paperId: result.paperIds[0]!, withKey: false });
    expect(after.items[0]!.stem).toBe(first.stem);
    expect(after.items[0]!.versionId).toBe(first.versionId);
  });

  it("coverage counts active eligible items against the blueprint", async () => {
    const coverage = computeCoverage(await loadBank());
    const l5om = coverage.find((c) => c.level === "5" && c.track === "online-merchant")!;
    const ethics = l5om.rows.find((r) => r.area === "ethics")!;
    expect(ethics.have).toEqual({ "true-false": 20, single: 20, multiple: 20 });
    expect(ethics.need["true-false"] + ethics.need.single + 2 * ethics.need.multiple).toBe(5);
    expect(l5om.papers).toBeGreaterThanOrEqual(1);
    const l4cb = coverage.find((c) => c.level === "4" && c.track === "cross-border")!;
    expect(l4cb.papers).toBe(0);
  });
});

describe("skill assessment plans", () => {
  it("chooses tasks per duty whose points match the skill weights and stores the report", async () => {
    const result = await createSkillPlan({ name: "五级网商技能", level: "5", track: "online-merchant", seed: "k", actorId: adminId, now: NOW });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const plan = await getSkillPlan({ planId: result.planId });
    expect(plan.conformance.conforms).toBe(true);
    expect(plan.conformance.totalPoints).toBe(100);
    const duties = plan.duties as unknown as Array<{ duty: string; points: number; targetPoints: number }>;
    expect(duties.map((d) => [d.duty, d.points])).toEqual([
      ["1", 20],
      ["2", 15],
      ["3", 20],
      ["4", 15],
      ["5", 15],
      ["6", 15],
    ]);
  });
});

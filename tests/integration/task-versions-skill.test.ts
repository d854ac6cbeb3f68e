// Editing a skill task whose version was used creates v+1 that carries the deliverables, the
// materials (the same stored files) and the automatic criteria; an unused version is edited in
// place and keeps them too.
import { beforeAll, describe, expect, it } from "vitest";
import { updateTask, taskRowToInput, taskSelect } from "@/server/bank/task-store";
import { prisma, resetDatabase } from "./helpers/db";
import { createSkillTask, DELIVERABLES } from "./helpers/skill-fixture";
import { createStaff } from "./helpers/users";

let adminId: string;
beforeAll(async () => {
  await resetDatabase();
  adminId = (await createStaff("admin-v", ["ADMIN"])).id;
});

async function withMaterialAndAuto() {
  const v = await createSkillTask();
  const file = await prisma.storedFile.create({ data: { storageKey: `materials/${v.id}/x`, sha256: "0".repeat(64), size: 3, mime: "text/csv", originalName: "订单.csv", ownerId: adminId } });
  await prisma.taskMaterial.create({ data: { taskVersionId: v.id, position: 0, fileId: file.id, title: "订单" } });
  const auto = { deliverableId: "title", checkIndex: 0, rule: "all-or-nothing" };
  await prisma.taskVersion.update({ where: { id: v.id }, data: { rubric: [{ id: "c1", title: "标题", points: 20, descriptors: "≤60 字", auto }] } });
  const row = await prisma.taskVersion.findUniqueOrThrow({ where: { id: v.id }, select: taskSelect });
  return { v, file, auto, input: { ...taskRowToInput(row), instructions: "改过的要求" } };
}

describe("skill task versions", () => {
  it("a used version stays frozen: v+1 carries deliverables, materials and auto criteria", async () => {
    const { v, file, auto, input } = await withMaterialAndAuto();
    await prisma.taskVersion.update({ where: { id: v.id }, data: { usedAt: new Date() } });
    const r = await updateTask({ taskId: v.taskId, input, actorId: adminId, now: new Date() });
    expect(r.newVersion).toBe(true);
    const next = await prisma.taskVersion.findUniqueOrThrow({ where: { id: r.versionId }, include: { materialFiles: true } });
    expect(next).toMatchObject({ version: 2, instructions: "改过的要求", deliverables: DELIVERABLES });
    expect(next.materialFiles.map((m) => [m.position, m.fileId, m.title])).toEqual([[0, file.id, "订单"]]);
    expect((next.rubric as Array<{ auto?: unknown }>)[0]!.auto).toEqual(auto);
    const old = await prisma.taskVersion.findUniqueOrThrow({ where: { id: v.id }, include: { materialFiles: true } });
    expect(old.instructions).not.toBe("改过的要求");
    expect(old.materialFiles).toHaveLength(1);
  });

  it("an unused version is edited in place and keeps its deliverables and auto criteria", async () => {
    const { v, auto, input } = await withMaterialAndAuto();
    const r = await updateTask({ taskId: v.taskId, input, actorId: adminId, now: new Date() });
    expect(r).toMatchObject({ newVersion: false, versionId: v.id });
    const same = await prisma.taskVersion.findUniqueOrThrow({ where: { id: v.id } });
    expect(same.deliverables).toEqual(DELIVERABLES);
    expect((same.rubric as Array<{ auto?: unknown }>)[0]!.auto).toEqual(auto);
  });
});

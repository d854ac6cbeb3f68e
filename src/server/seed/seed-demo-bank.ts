// The demo banks (sample content written for this project, src/server/seed/demo-bank) into the
// database, marked as sample content and labelled 示例题目 / 示例试题.
import type { Prisma } from "@prisma/client";
import { createItemTx } from "../bank/item-store";
import { createTaskTx } from "../bank/task-store";
import { demoItems, demoTasks } from "./demo-bank";
import { demoDeliverables } from "./demo-bank/deliverables";
import { demoMaterialSeeder } from "./seed-demo-materials";

export const SAMPLE_LABEL = "示例题目";

export async function seedDemoBank(tx: Prisma.TransactionClient, now: Date): Promise<{ items: number; tasks: number }> {
  for (const d of demoItems) {
    await createItemTx(
      tx,
      {
        type: d.type,
        stem: d.stem,
        options: d.options,
        answer: d.answer,
        levels: d.levels,
        tracks: d.tracks,
        tag: d.tag,
        difficulty: d.difficulty,
        explanation: d.explanation,
        points: null,
        labels: [SAMPLE_LABEL],
        status: "active",
      },
      // Sample items are published with the source code, so they cannot be secure (docs/practice.md).
      { sample: true, use: "both", now },
    );
  }
  const seedMaterials = demoMaterialSeeder(tx, "demo-seed");
  for (const d of demoTasks) {
    const { versionId } = await createTaskTx(
      tx,
      {
        title: d.title,
        level: d.level,
        tracks: d.tracks,
        duty: d.duty,
        skills: d.skills,
        instructions: d.instructions,
        materials: d.materials,
        minutes: d.minutes,
        points: d.points,
        rubric: d.rubric,
        status: "active",
      },
      { sample: true, now },
    );
    // What the candidate hands in and the files they receive (issue 14, docs/skill-delivery.md).
    await tx.taskVersion.update({ where: { id: versionId }, data: { deliverables: demoDeliverables(d.duty) as Prisma.InputJsonValue } });
    await seedMaterials(versionId, d.duty);
  }
  return { items: demoItems.length, tasks: demoTasks.length };
}

// Use case: assemble a skill assessment (tasks per duty matching the skill weight table) and
// store it with its conformance report.
import { randomBytes } from "node:crypto";
import type { Prisma } from "@prisma/client";
import { z } from "zod";
import { assembleSkillAssessment, skillConformance, type SkillConformance } from "@/exam";
import { LevelCodeSchema, TrackCodeSchema } from "@/standard";
import { loadTasks } from "../bank/task-store";
import { getPrisma } from "../db/client";
import { AppError } from "../errors";

export const CreateSkillPlanInput = z.object({
  name: z.string().trim().min(1, "名称必填").max(100),
  level: LevelCodeSchema,
  track: TrackCodeSchema,
  seed: z.string().trim().max(64).optional(),
});

export async function createSkillPlan(options: z.input<typeof CreateSkillPlanInput> & { actorId: string; now: Date }) {
  const input = CreateSkillPlanInput.parse(options);
  const tasks = await loadTasks({ level: input.level });
  const seed = input.seed || randomBytes(6).toString("hex");
  const result = assembleSkillAssessment({ level: input.level, track: input.track, tasks, seed });
  if (!result.ok) return { ok: false as const, reasons: result.reasons };
  const conformance = skillConformance({ assessment: result.assessment, tasks: new Map(tasks.map((t) => [t.versionId, t])) });
  const prisma = getPrisma();
  const plan = await prisma.$transaction(async (tx) => {
    const created = await tx.skillPlan.create({
      data: {
        name: input.name,
        level: input.level,
        track: input.track,
        seed,
        duties: result.assessment.duties as unknown as Prisma.InputJsonValue,
        conformance: conformance as unknown as Prisma.InputJsonValue,
        createdById: options.actorId,
        createdAt: options.now,
      },
      select: { id: true },
    });
    const versionIds = result.assessment.duties.flatMap((d) => d.tasks.map((t) => t.versionId));
    await tx.taskVersion.updateMany({ where: { id: { in: versionIds }, usedAt: null }, data: { usedAt: options.now } });
    return created;
  });
  return { ok: true as const, planId: plan.id, seed };
}

export async function listSkillPlans() {
  const rows = await getPrisma().skillPlan.findMany({ orderBy: { createdAt: "desc" }, take: 100 });
  return rows.map((r) => ({ ...r, conformance: r.conformance as unknown as SkillConformance }));
}

export async function getSkillPlan(options: { planId: string }) {
  const r = await getPrisma().skillPlan.findUnique({ where: { id: options.planId } });
  if (!r) throw new AppError("NOT_FOUND");
  return { ...r, conformance: r.conformance as unknown as SkillConformance };
}

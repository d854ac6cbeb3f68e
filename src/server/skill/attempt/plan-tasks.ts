// The tasks of a skill attempt: the versions its plan names (SkillPlan.duties[].tasks[].versionId),
// in plan order, with their deliverables parsed. Shared by the candidate's page, saves, uploads,
// submission and the checks.
import type { Prisma } from "@prisma/client";
import { parseDeliverables, type DeliverableSpec } from "@/exam/deliverables";
import { getPrisma } from "../../db/client";
import { AppError } from "../../errors";

type PlanDuty = { duty: string; tasks: Array<{ taskId: string; versionId: string; points: number; minutes: number }> };
type Db = Prisma.TransactionClient | ReturnType<typeof getPrisma>;

export type AttemptTask = {
  versionId: string;
  duty: string;
  title: string;
  instructions: string;
  points: number;
  minutes: number;
  deliverables: DeliverableSpec[];
  materials: Array<{ fileId: string; title: string; name: string; size: number; mime: string }>;
};

/** versionIds of a plan, in order. */
export function planVersionIds(duties: unknown): string[] {
  return ((duties ?? []) as PlanDuty[]).flatMap((d) => (d.tasks ?? []).map((t) => t.versionId));
}

/** The plan's tasks with deliverables and materials (in position order). Throws NOT_FOUND for an unknown plan. */
export async function loadPlanTasks(skillPlanId: string, db: Db = getPrisma()): Promise<AttemptTask[]> {
  const plan = await db.skillPlan.findUnique({ where: { id: skillPlanId }, select: { duties: true } });
  if (!plan) throw new AppError("NOT_FOUND");
  const refs = ((plan.duties ?? []) as unknown as PlanDuty[]).flatMap((d) => d.tasks.map((t) => ({ ...t, duty: d.duty })));
  const versions = await db.taskVersion.findMany({
    where: { id: { in: refs.map((r) => r.versionId) } },
    select: {
      id: true,
      title: true,
      instructions: true,
      points: true,
      minutes: true,
      deliverables: true,
      materialFiles: { orderBy: { position: "asc" }, select: { title: true, file: { select: { id: true, originalName: true, size: true, mime: true } } } },
    },
  });
  const byId = new Map(versions.map((v) => [v.id, v]));
  return refs.flatMap((r) => {
    const v = byId.get(r.versionId);
    if (!v) return [];
    return [
      {
        versionId: v.id,
        duty: r.duty,
        title: v.title,
        instructions: v.instructions,
        points: v.points,
        minutes: v.minutes,
        deliverables: parseDeliverables(v.deliverables),
        materials: v.materialFiles.map((m) => ({ fileId: m.file.id, title: m.title, name: m.file.originalName, size: m.file.size, mime: m.file.mime })),
      },
    ];
  });
}

/** One deliverable of a task version in the attempt's plan, or NOT_FOUND. */
export async function deliverableOf(skillPlanId: string, taskVersionId: string, deliverableId: string, db: Db = getPrisma()): Promise<DeliverableSpec> {
  const plan = await db.skillPlan.findUnique({ where: { id: skillPlanId }, select: { duties: true } });
  if (!plan || !planVersionIds(plan.duties).includes(taskVersionId)) throw new AppError("NOT_FOUND");
  const v = await db.taskVersion.findUnique({ where: { id: taskVersionId }, select: { deliverables: true } });
  const d = v ? parseDeliverables(v.deliverables).find((x) => x.id === deliverableId) : undefined;
  if (!d) throw new AppError("NOT_FOUND");
  return d;
}

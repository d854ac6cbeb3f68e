// What the authoring part of the task editor shows (issue 14): the current version's materials,
// deliverables (as stored) and rubric criteria with their automatic links.
import { getPrisma } from "../db/client";
import { AppError } from "../errors";

export type AuthoringMaterial = { position: number; title: string; fileId: string; name: string; size: number; mime: string };
export type AuthoringCriterion = { id: string; title: string; points: number; auto: { deliverableId: string; checkIndex: number; rule: string } | null };

/**
 * The task's current version for the authoring editor: `used` (a save creates v+1),
 * `materials` in position order (size in bytes, type detected from the content), `deliverables`
 * as stored (DeliverableSpec[] JSON) and `rubric`. Throws AppError NOT_FOUND for an unknown task.
 */
export async function getTaskAuthoring(options: { taskId: string }) {
  const v = await getPrisma().taskVersion.findFirst({
    where: { taskId: options.taskId, currentOf: { isNot: null } },
    select: {
      id: true,
      version: true,
      revision: true,
      usedAt: true,
      rubric: true,
      deliverables: true,
      materialFiles: { orderBy: { position: "asc" }, select: { position: true, title: true, file: { select: { id: true, originalName: true, size: true, mime: true } } } },
    },
  });
  if (!v) throw new AppError("NOT_FOUND");
  const rubric = ((v.rubric ?? []) as Array<{ id: string; title: string; points: number; auto?: AuthoringCriterion["auto"] }>).map((c) => ({ id: c.id, title: c.title, points: c.points, auto: c.auto ?? null }));
  return {
    taskId: options.taskId,
    versionId: v.id,
    version: v.version,
    revision: v.revision,
    used: v.usedAt !== null,
    rubric,
    deliverables: (Array.isArray(v.deliverables) ? v.deliverables : []) as unknown[],
    materials: v.materialFiles.map((m): AuthoringMaterial => ({ position: m.position, title: m.title, fileId: m.file.id, name: m.file.originalName, size: m.file.size, mime: m.file.mime })),
  };
}

export type TaskAuthoring = Awaited<ReturnType<typeof getTaskAuthoring>>;

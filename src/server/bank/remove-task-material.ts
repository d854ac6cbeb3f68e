// Removes a material from a skill task (issue 14). A used version keeps its materials: the removal
// goes to v+1 (task-fork.ts). A stored file that no version and no submission refers to any more
// is deleted from storage after the transaction.
import { getPrisma } from "../db/client";
import { AppError } from "../errors";
import { getStorage } from "../storage";
import { editableTaskVersionTx, type EditableVersion } from "./task-fork";

/**
 * Removes the material at `position` (TaskMaterial.position of the current version) from the
 * task's editable version. Returns the version written. Throws AppError NOT_FOUND for an unknown
 * task or position (nothing written).
 */
export async function removeTaskMaterial(options: { taskId: string; position: number; actorId: string; now: Date }): Promise<EditableVersion> {
  const prisma = getPrisma();
  const { target, orphanKey } = await prisma.$transaction(async (tx) => {
    const target = await editableTaskVersionTx(tx, { taskId: options.taskId, actorId: options.actorId, now: options.now });
    const m = await tx.taskMaterial.findUnique({ where: { taskVersionId_position: { taskVersionId: target.versionId, position: options.position } }, select: { fileId: true } });
    if (!m) throw new AppError("NOT_FOUND");
    await tx.taskMaterial.delete({ where: { taskVersionId_position: { taskVersionId: target.versionId, position: options.position } } });
    const file = await tx.storedFile.findUniqueOrThrow({ where: { id: m.fileId }, select: { storageKey: true, _count: { select: { material: true } }, submission: { select: { id: true } } } });
    if (file._count.material > 0 || file.submission) return { target, orphanKey: null };
    await tx.storedFile.delete({ where: { id: m.fileId } });
    return { target, orphanKey: file.storageKey };
  });
  if (orphanKey) await getStorage().delete(orphanKey).catch((error: unknown) => console.error(`[materials] could not delete ${orphanKey}:`, error));
  return target;
}

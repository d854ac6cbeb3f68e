// The versioning rule of skill tasks, in one place (docs/skill-delivery.md "Versions stay
// frozen"): a version used by a skill plan (usedAt set) is never changed; an edit of it first
// creates version n+1 carrying everything of n — the task's fields, rubric (with automatic
// criteria), deliverables and materials (the same stored files, nothing copied) — and makes it the
// current one. Every authoring write (task fields, deliverables, automatic criteria, materials)
// goes through `editableTaskVersionTx`.
import { randomUUID } from "node:crypto";
import type { Prisma } from "@prisma/client";
import { AppError } from "../errors";

/** The content fields of a task version the form edits (task-store.ts), which a fork copies. */
export const taskContentSelect = {
  title: true,
  level: true,
  tracks: true,
  duty: true,
  skills: true,
  instructions: true,
  materials: true,
  minutes: true,
  points: true,
  rubric: true,
} as const satisfies Prisma.TaskVersionSelect;

export type EditableVersion = { taskId: string; versionId: string; version: number; newVersion: boolean };

/** What an editor page loaded: the current version's id and its `revision` stamp (optimistic concurrency). */
export type LoadedVersion = { versionId: string; revision: number };

/** The refusal of a save from a stale page (Chinese, names the task's current version number). */
export function staleVersionError(currentVersion: number): AppError {
  return new AppError("CONFLICT", { message: `该试题已被他人修改（现为 v${currentVersion}），请刷新页面后再修改；本次修改未保存。`, params: { version: currentVersion } });
}

/**
 * Inside `tx`: the id of the task's version that may be edited now. Locks the task row and its
 * current version row (FOR UPDATE: concurrent edits take turns, and a plan marking the version
 * used at the same time either comes first and makes the edit fork, or waits for the edit), then
 * returns the version when unused, else creates v+1 as a copy (fields, rubric,
 * deliverables, material rows pointing at the same StoredFiles), points the task at it and
 * returns that (`newVersion: true`). `actorId` and `now` stamp the new version.
 * `loaded` (optimistic concurrency, lost-update guard): the version id and `revision` the editor
 * page loaded; checked under the locks, before any write — when the task's current version or its
 * revision differ (another tab saved, or forked v+1, since), throws AppError CONFLICT
 * (`staleVersionError`, nothing written). A caller that writes the version's content must then
 * bump its `revision` in the same transaction (`revision: { increment: 1 }`).
 * Throws AppError NOT_FOUND for an unknown task or one without a current version.
 */
export async function editableTaskVersionTx(
  tx: Prisma.TransactionClient,
  options: { taskId: string; actorId: string; now: Date; loaded?: LoadedVersion },
): Promise<EditableVersion> {
  // The task row first: concurrent edits of one task take turns, so two of them never both fork
  // v+1 (the second sees the first's new current version, read after the lock).
  await tx.$queryRaw`SELECT id FROM "Task" WHERE id = ${options.taskId} FOR UPDATE`;
  const task = await tx.task.findUnique({ where: { id: options.taskId }, select: { currentVersionId: true } });
  if (!task?.currentVersionId) throw new AppError("NOT_FOUND");
  await tx.$queryRaw`SELECT id FROM "TaskVersion" WHERE id = ${task.currentVersionId} FOR UPDATE`;
  const current = await tx.taskVersion.findUniqueOrThrow({
    where: { id: task.currentVersionId },
    select: {
      id: true,
      version: true,
      usedAt: true,
      revision: true,
      ...taskContentSelect,
      deliverables: true,
      materialFiles: { select: { position: true, fileId: true, title: true } },
    },
  });
  if (options.loaded && (options.loaded.versionId !== current.id || options.loaded.revision !== current.revision)) throw staleVersionError(current.version);
  if (!current.usedAt) return { taskId: options.taskId, versionId: current.id, version: current.version, newVersion: false };
  const { id: _id, version, usedAt: _used, revision: _revision, materialFiles, ...fields } = current;
  const versionId = randomUUID();
  await tx.taskVersion.create({
    data: {
      ...fields,
      materials: fields.materials as Prisma.InputJsonValue,
      rubric: fields.rubric as Prisma.InputJsonValue,
      deliverables: fields.deliverables as Prisma.InputJsonValue,
      id: versionId,
      taskId: options.taskId,
      version: version + 1,
      createdById: options.actorId,
      createdAt: options.now,
    },
  });
  if (materialFiles.length) await tx.taskMaterial.createMany({ data: materialFiles.map((m) => ({ taskVersionId: versionId, position: m.position, fileId: m.fileId, title: m.title })) });
  await tx.task.update({ where: { id: options.taskId }, data: { currentVersionId: versionId } });
  return { taskId: options.taskId, versionId, version: version + 1, newVersion: true };
}

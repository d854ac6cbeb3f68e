// Saves what the author defined in the deliverables editor (issue 14): the deliverables of a
// skill task (with their automatic checks) and which rubric criteria score themselves from a check.
// Everything is validated before anything is written; a used version is never changed (v+1,
// task-fork.ts). Documented in docs/skill-delivery.md "Authoring".
import type { Prisma } from "@prisma/client";
import { deliverableIssues, parseDeliverables } from "@/exam/deliverables";
import { applyAutoChoices, AutoChoicesSchema, autoChoiceIssues } from "@/exam/task-auto";
import { getPrisma } from "../db/client";
import { AppError } from "../errors";
import { editableTaskVersionTx, type EditableVersion, type LoadedVersion } from "./task-fork";

type Criterion = { id: string; title: string; auto?: unknown };

/**
 * Replaces the deliverables of the task's current version with `deliverables` (parsed JSON from
 * the editor: DeliverableSpec[], src/exam/deliverables.ts) and applies `auto` (criterion id →
 * `{ deliverableId, checkIndex, rule }` or null; criteria left out keep their link) to its rubric.
 * Every automatic criterion of the resulting rubric must name an existing check.
 * Throws AppError VALIDATION whose message lists every problem in Chinese, one per line, naming
 * the deliverable and setting or the criterion (nothing written); NOT_FOUND for an unknown task.
 * `loaded`: the version id and revision the editor loaded; a save from a stale page throws
 * AppError CONFLICT "该试题已被他人修改（现为 vN）…" (task-fork.ts, nothing written).
 * Returns the version written and whether it is a new one (the current one was used).
 */
export async function saveTaskDeliverables(options: {
  taskId: string;
  deliverables: unknown;
  auto?: unknown;
  loaded?: LoadedVersion;
  actorId: string;
  now: Date;
}): Promise<EditableVersion> {
  const problems = deliverableIssues(options.deliverables);
  if (problems.length) throw validation(problems);
  const deliverables = parseDeliverables(options.deliverables);
  // A refusal below throws inside the transaction, so a version forked for the edit is rolled back too.
  return getPrisma().$transaction(async (tx) => {
    const target = await editableTaskVersionTx(tx, { taskId: options.taskId, actorId: options.actorId, now: options.now, loaded: options.loaded });
    const row = await tx.taskVersion.findUniqueOrThrow({ where: { id: target.versionId }, select: { rubric: true } });
    const rubric = (row.rubric ?? []) as Criterion[];
    const choiceProblems = autoChoiceIssues(options.auto, rubric, deliverables);
    if (choiceProblems.length) throw validation(choiceProblems);
    const next = applyAutoChoices(rubric, options.auto === undefined || options.auto === null ? undefined : AutoChoicesSchema.parse(options.auto));
    // Links kept from before must still point at a check of the new deliverables.
    const kept = Object.fromEntries(next.filter((c) => c.auto).map((c) => [c.id, c.auto]));
    const stale = autoChoiceIssues(kept, rubric, deliverables);
    if (stale.length) throw validation(stale);
    await tx.taskVersion.update({
      where: { id: target.versionId },
      data: { deliverables: deliverables as unknown as Prisma.InputJsonValue, rubric: next as unknown as Prisma.InputJsonValue, revision: { increment: 1 } },
    });
    return target;
  });
}

function validation(problems: string[]): AppError {
  return new AppError("VALIDATION", { message: problems.join("\n"), issues: problems.map((message) => ({ path: "deliverables", message })) });
}

import { getPrisma } from "../db/client";
import { AppError } from "../errors";
import { taskRowToInput } from "./task-store";

export async function getTask(options: { taskId: string }) {
  const row = await getPrisma().taskVersion.findFirst({
    where: { taskId: options.taskId, currentOf: { isNot: null } },
    select: {
      id: true,
      taskId: true,
      version: true,
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
      task: { select: { status: true } },
    },
  });
  if (!row) throw new AppError("NOT_FOUND");
  return { id: row.taskId, version: row.version, ...taskRowToInput(row) };
}

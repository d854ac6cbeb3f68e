import { getPrisma } from "../db/client";
import { AppError } from "../errors";
import { taskRowToInput, taskSelect } from "./task-store";

export async function getTask(options: { taskId: string }) {
  const row = await getPrisma().taskVersion.findFirst({ where: { taskId: options.taskId, currentOf: { isNot: null } }, select: taskSelect });
  if (!row) throw new AppError("NOT_FOUND");
  return { id: row.taskId, version: row.version, ...taskRowToInput(row) };
}

"use server";

import { redirect } from "next/navigation";
import { requireApiUser } from "@/server/auth/session";
import { taskFromForm } from "@/server/bank/task-form";
import { createTask, updateTask } from "@/server/bank/task-store";
import { toAppError } from "@/server/errors";

export type TaskFormState = { error?: string };

// Admin only: create or edit a task (a used task gets a new version).
export async function saveTaskAction(_prev: TaskFormState, form: FormData): Promise<TaskFormState> {
  const user = await requireApiUser({ roles: ["ADMIN"] });
  const taskId = String(form.get("taskId") ?? "");
  const input = taskFromForm(form);
  let target: string;
  try {
    const r = taskId
      ? await updateTask({ taskId, input, actorId: user.id, now: new Date() })
      : { ...(await createTask({ input, actorId: user.id, now: new Date() })), newVersion: false };
    target = `/admin/tasks/${r.taskId}?saved=${r.newVersion ? "new-version" : "1"}`;
  } catch (error) {
    const e = toAppError(error);
    if (e.code === "VALIDATION") return { error: e.message !== e.code ? e.message : e.issues.map((i) => `${i.path}：${i.message}`).join("；") };
    throw error;
  }
  redirect(target);
}

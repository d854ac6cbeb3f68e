"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireApiUser } from "@/server/auth/session";
import { taskFromForm } from "@/server/bank/task-form";
import { removeTaskMaterial } from "@/server/bank/remove-task-material";
import { saveTaskDeliverables } from "@/server/bank/save-task-deliverables";
import { createTask, updateTask } from "@/server/bank/task-store";
import { toAppError } from "@/server/errors";

export type TaskFormState = { error?: string };

// What the editor page loaded (hidden fields versionId, revision): a save from a stale page is refused.
const loadedFrom = (form: FormData) => ({ versionId: String(form.get("versionId") ?? ""), revision: Number(form.get("revision") ?? NaN) });

// Admin only: create or edit a task (a used task gets a new version).
export async function saveTaskAction(_prev: TaskFormState, form: FormData): Promise<TaskFormState> {
  const user = await requireApiUser({ roles: ["ADMIN"] });
  const taskId = String(form.get("taskId") ?? "");
  const input = taskFromForm(form);
  let target: string;
  try {
    const r = taskId
      ? await updateTask({ taskId, input, loaded: loadedFrom(form), actorId: user.id, now: new Date() })
      : { ...(await createTask({ input, actorId: user.id, now: new Date() })), newVersion: false };
    target = `/admin/tasks/${r.taskId}?saved=${r.newVersion ? "new-version" : "1"}`;
  } catch (error) {
    const e = toAppError(error);
    if (e.code === "VALIDATION" || e.code === "CONFLICT") return { error: e.message !== e.code ? e.message : e.issues.map((i) => `${i.path}：${i.message}`).join("；") };
    throw error;
  }
  redirect(target);
}

export type DeliverablesFormState = { errors?: string[]; savedVersion?: number; newVersion?: boolean };

// Admin only: save the deliverables (with their checks) and the automatic criteria of a task.
// The editor sends them as JSON in the hidden field `payload`: { deliverables, auto }.
export async function saveDeliverablesAction(_prev: DeliverablesFormState, form: FormData): Promise<DeliverablesFormState> {
  const user = await requireApiUser({ roles: ["ADMIN"] });
  const taskId = String(form.get("taskId") ?? "");
  let payload: { deliverables?: unknown; auto?: unknown };
  try {
    payload = JSON.parse(String(form.get("payload") ?? "")) as typeof payload;
  } catch {
    return { errors: ["交付物的设置无法读取（不是有效的 JSON），请刷新页面后重试"] };
  }
  try {
    const r = await saveTaskDeliverables({ taskId, deliverables: payload?.deliverables, auto: payload?.auto, loaded: loadedFrom(form), actorId: user.id, now: new Date() });
    revalidatePath(`/admin/tasks/${taskId}`);
    return { savedVersion: r.version, newVersion: r.newVersion };
  } catch (error) {
    const e = toAppError(error);
    if (e.code === "VALIDATION" || e.code === "CONFLICT") return { errors: e.message !== e.code ? e.message.split("\n") : e.issues.map((i) => i.message) };
    throw error;
  }
}

export type MaterialFormState = { error?: string };

// Admin only: remove a material (position) from a task; a used version keeps it (v+1).
export async function removeMaterialAction(_prev: MaterialFormState, form: FormData): Promise<MaterialFormState> {
  const user = await requireApiUser({ roles: ["ADMIN"] });
  const taskId = String(form.get("taskId") ?? "");
  const position = Number(form.get("position"));
  if (!Number.isInteger(position) || position < 0) return { error: "要删除的材料无效" };
  try {
    await removeTaskMaterial({ taskId, position, actorId: user.id, now: new Date() });
  } catch (error) {
    if (toAppError(error).code === "NOT_FOUND") return { error: "该材料已不存在，请刷新页面" };
    throw error;
  }
  revalidatePath(`/admin/tasks/${taskId}`);
  return {};
}

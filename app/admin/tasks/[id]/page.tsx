import { notFound } from "next/navigation";
import { requirePageUser } from "@/server/auth/session";
import { messagesFor } from "@/i18n";
import { getTask } from "@/server/bank/get-task";
import { getTaskAuthoring } from "@/server/bank/get-task-authoring";
import { taskToFormText } from "@/server/bank/task-form";
import { toAppError } from "@/server/errors";
import { getTranslator } from "@/server/i18n";
import { DeliverablesEditor } from "@/ui/bank/authoring/deliverables-editor";
import { MaterialsPanel } from "@/ui/bank/authoring/materials-panel";
import { TaskEditor } from "@/ui/bank/task-editor";
import { taskEditorProps } from "@/ui/bank/task-labels";
import { removeMaterialAction, saveDeliverablesAction, saveTaskAction } from "../actions";

export default async function EditTaskPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ saved?: string }> }) {
  const { id } = await params;
  await requirePageUser({ roles: ["ADMIN"], returnTo: `/admin/tasks/${id}` });
  const { t, locale } = await getTranslator();
  // The authoring read (with the revision stamp) first: content read after it is never older than the stamp.
  const [task, authoring] = await getTaskAuthoring({ taskId: id })
    .then(async (a) => [await getTask({ taskId: id }), a] as const)
    .catch((e: unknown) => {
      if (toAppError(e).code === "NOT_FOUND") notFound();
      throw e;
    });
  const messages = messagesFor(locale, ["authoring.", "uploads.mime.", "checks.kind."]);
  const { saved } = await searchParams;
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">
        {t("task.edit.title")}（v{task.version}）
      </h1>
      {saved && (
        <p role="status" className="rounded bg-green-50 px-3 py-2 text-green-900">
          {saved === "new-version" ? t("item.savedNewVersion", { version: task.version }) : t("item.saved")}
        </p>
      )}
      <section aria-label={t("task.preview")} className="rounded border border-slate-200 bg-white p-4">
        <h2 className="font-semibold">{t("task.preview")}</h2>
        <h3 className="mt-2 text-lg">{task.title}</h3>
        <p className="text-sm text-slate-600">
          {t("task.field.minutes")}：{task.minutes} · {t("task.field.points")}：{task.points}
        </p>
        <p className="mt-2 whitespace-pre-wrap">{task.instructions}</p>
        {task.materials.length > 0 && (
          <ul className="mt-2 list-disc pl-6 text-sm">
            {task.materials.map((m) => (
              <li key={m.name}>
                {m.name}
                {m.description ? `：${m.description}` : ""}
              </li>
            ))}
          </ul>
        )}
        <p className="mt-2 text-sm">{t("task.rubricTotal", { total: task.rubric.reduce((s, c) => s + c.points, 0) })}</p>
      </section>
      <TaskEditor action={saveTaskAction} {...taskEditorProps(t)} task={{ ...task, ...taskToFormText(task) }} loaded={{ versionId: authoring.versionId, revision: authoring.revision }} />
      <MaterialsPanel taskId={id} materials={authoring.materials} messages={messages} removeAction={removeMaterialAction} />
      <DeliverablesEditor
        taskId={id}
        version={authoring.version}
        versionId={authoring.versionId}
        revision={authoring.revision}
        used={authoring.used}
        deliverables={authoring.deliverables}
        rubric={authoring.rubric}
        messages={messages}
        action={saveDeliverablesAction}
      />
    </div>
  );
}

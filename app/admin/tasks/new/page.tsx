import { requirePageUser } from "@/server/auth/session";
import { getTranslator } from "@/server/i18n";
import { TaskEditor } from "@/ui/bank/task-editor";
import { taskEditorProps } from "@/ui/bank/task-labels";
import { saveTaskAction } from "../actions";

export default async function NewTaskPage() {
  await requirePageUser({ roles: ["ADMIN"], returnTo: "/admin/tasks/new" });
  const { t } = await getTranslator();
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{t("task.new.title")}</h1>
      <TaskEditor
        action={saveTaskAction}
        {...taskEditorProps(t)}
        task={{ title: "", level: "5", tracks: ["online-merchant"], duty: "1", skills: "", instructions: "", materials: "", minutes: 30, points: 20, rubric: "", status: "draft" }}
      />
    </div>
  );
}

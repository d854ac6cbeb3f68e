import Link from "next/link";
import { standard } from "@/standard";
import { requirePageUser } from "@/server/auth/session";
import { listTasks } from "@/server/bank/task-store";
import { getTranslator } from "@/server/i18n";
import { TaskImportForm } from "@/ui/bank/task-import";

export default async function TasksPage() {
  await requirePageUser({ roles: ["ADMIN"], returnTo: "/admin/tasks" });
  const { t } = await getTranslator();
  const tasks = await listTasks();
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h1 className="text-2xl font-bold">{t("tasks.title")}</h1>
        <div className="flex gap-2">
          <Link href="/admin/tasks/new" className="rounded bg-blue-700 px-3 py-1.5 text-white">
            {t("tasks.new")}
          </Link>
          <a href="/api/admin/tasks/export" className="rounded border border-slate-300 px-3 py-1.5">
            {t("tasks.export")}
          </a>
        </div>
      </div>
      <TaskImportForm labels={{ file: t("tasks.import.file"), submit: t("tasks.import.submit"), done: t("tasks.import.done"), error: t("import.error"), problems: t("items.import.problems") }} />
      {tasks.length === 0 ? (
        <p>{t("tasks.empty")}</p>
      ) : (
        <table className="w-full border-collapse text-sm">
          <caption className="sr-only">{t("tasks.title")}</caption>
          <thead>
            <tr className="bg-slate-100 text-left">
              {(["title", "duty", "skills", "points", "minutes"] as const).map((c) => (
                <th key={c} scope="col" className="border px-2 py-1">
                  {t(`tasks.col.${c}`)}
                </th>
              ))}
              <th scope="col" className="border px-2 py-1">
                {t("items.col.scope")}
              </th>
              <th scope="col" className="border px-2 py-1">
                {t("items.col.status")}
              </th>
            </tr>
          </thead>
          <tbody>
            {tasks.map((task) => (
              <tr key={task.id}>
                <td className="border px-2 py-1">
                  <Link href={`/admin/tasks/${task.id}`} className="text-blue-700 underline">
                    {task.title}
                  </Link>
                </td>
                <td className="border px-2 py-1">
                  {task.duty}. {standard.duties.find((d) => d.code === task.duty)?.name}
                </td>
                <td className="border px-2 py-1 font-mono">{task.skills.join(", ")}</td>
                <td className="border px-2 py-1">{task.points}</td>
                <td className="border px-2 py-1">{task.minutes}</td>
                <td className="border px-2 py-1">
                  {task.level} · {task.tracks.map((tr) => t(`standard.track.${tr}`)).join("、")}
                </td>
                <td className="border px-2 py-1">{t(`item.status.${task.status}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}

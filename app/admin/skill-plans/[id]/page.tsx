import { notFound } from "next/navigation";
import { standard } from "@/standard";
import { requirePageUser } from "@/server/auth/session";
import { toAppError } from "@/server/errors";
import { getTranslator } from "@/server/i18n";
import { getSkillPlan } from "@/server/papers/create-skill-plan";

type Duty = { duty: string; targetPoints: number; points: number; tasks: Array<{ taskId: string; title: string; points: number; minutes: number; skills: string[] }> };

export default async function SkillPlanPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  await requirePageUser({ roles: ["ADMIN"], returnTo: `/admin/skill-plans/${id}` });
  const { t } = await getTranslator();
  const plan = await getSkillPlan({ planId: id }).catch((e: unknown) => {
    if (toAppError(e).code === "NOT_FOUND") notFound();
    throw e;
  });
  const duties = plan.duties as unknown as Duty[];
  const c = plan.conformance;
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{plan.name}</h1>
      <p>
        {t(`standard.level.${plan.level as "5" | "4"}`)} · {t(`standard.track.${plan.track as "online-merchant" | "cross-border"}`)} ·{" "}
        {c.conforms ? t("paper.conformance.conforms") : t("paper.conformance.notConforms")}
      </p>
      <table className="w-full border-collapse text-sm">
        <caption className="sr-only">{t("paper.conformance")}</caption>
        <thead>
          <tr className="bg-slate-100 text-left">
            <th scope="col" className="border px-2 py-1">{t("skillplan.col.duty")}</th>
            <th scope="col" className="border px-2 py-1">{t("skillplan.col.target")}</th>
            <th scope="col" className="border px-2 py-1">{t("skillplan.col.tasks")}</th>
            <th scope="col" className="border px-2 py-1">{t("skillplan.col.minutes")}</th>
          </tr>
        </thead>
        <tbody>
          {duties.map((d) => (
            <tr key={d.duty}>
              <td className="border px-2 py-1">
                {d.duty}. {standard.duties.find((x) => x.code === d.duty)?.name}
              </td>
              <td className="border px-2 py-1">
                {d.points} / {d.targetPoints}
              </td>
              <td className="border px-2 py-1">
                {d.tasks.map((task) => (
                  <div key={task.taskId}>
                    {task.title}（{task.points} 分；{task.skills.join("、")}）
                  </div>
                ))}
              </td>
              <td className="border px-2 py-1">{d.tasks.reduce((s, x) => s + x.minutes, 0)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>{t("skillplan.total", { points: c.totalPoints, minutes: c.totalMinutes, min: c.standardMinMinutes })}</p>
    </div>
  );
}

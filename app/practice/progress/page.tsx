import Link from "next/link";
import { formatScore, RECENT_WINDOW } from "@/grading";
import { requirePageUser } from "@/server/auth/session";
import { getTranslator } from "@/server/i18n";
import { getProgress } from "@/server/practice/get-progress";
import { MasteryChart, ScoreLineChart } from "@/ui/practice/charts";
import { areaTitle, contentTitle } from "@/ui/practice/labels";
import { masteryText } from "@/ui/practice/practice-tree";

export const dynamic = "force-dynamic";

// Candidate only, their own progress: mastery per area (chart) and per work content (table),
// streaks, and the mock-exam scores over time (chart).
export default async function ProgressPage() {
  const user = await requirePageUser({ roles: ["CANDIDATE"], returnTo: "/practice/progress" });
  const { t } = await getTranslator();
  const p = await getProgress({ candidateId: user.candidateId! });
  const bars = p.tree.map((a) => ({ label: areaTitle(t, a.area), percent: p.byArea.get(a.area)?.percent ?? null }));
  const practised = p.tree.flatMap((a) => a.contents).filter((c) => (p.contents.get(c.key)?.mastery?.answered ?? 0) > 0);
  const scores = p.mocks.filter((m) => m.status === "submitted" && m.total !== null).map((m) => Number(formatScore(m.total!)));
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <p>
        <Link href="/practice" className="text-blue-700 underline">
          {t("practice.drill.back")}
        </Link>
      </p>
      <h1 className="text-2xl font-bold">{t("practice.progress.title")}</h1>
      <p>
        {p.streak.current > 0 ? t("practice.streak", { days: p.streak.current }) : t("practice.streak.none")} · {t("practice.streak.longest", { days: p.streak.longest })}
      </p>
      <p className="text-sm text-slate-600">{t("practice.progress.rule", { window: RECENT_WINDOW })}</p>
      <MasteryChart
        id="mastery"
        title={t("practice.progress.chart.title")}
        description={bars.map((b) => `${b.label} ${b.percent === null ? "—" : `${b.percent}%`}`).join("；")}
        bars={bars}
      />
      <section aria-labelledby="contents" className="space-y-2">
        <h2 id="contents" className="text-xl font-semibold">
          {t("practice.progress.contents")}
        </h2>
        {practised.length === 0 ? (
          <p>{t("practice.progress.none")}</p>
        ) : (
          <div className="overflow-x-auto">
            <table className="w-full border-collapse text-sm">
              <caption className="sr-only">{t("practice.progress.contents")}</caption>
              <thead>
                <tr className="bg-slate-100 text-left">
                  <th scope="col" className="border px-2 py-1">{t("practice.progress.col.content")}</th>
                  <th scope="col" className="border px-2 py-1">{t("practice.progress.col.answered")}</th>
                  <th scope="col" className="border px-2 py-1">{t("practice.progress.col.recent")}</th>
                  <th scope="col" className="border px-2 py-1">{t("practice.progress.col.mastery")}</th>
                </tr>
              </thead>
              <tbody>
                {practised.map((c) => {
                  const m = p.contents.get(c.key)?.mastery;
                  return (
                    <tr key={c.key}>
                      <th scope="row" className="border px-2 py-1 text-left font-normal">{contentTitle(t, c.key, p.level === "4")}</th>
                      <td className="border px-2 py-1 tabular-nums">{m?.answered ?? 0}</td>
                      <td className="border px-2 py-1 tabular-nums">{m ? `${m.right}/${m.recent}` : "—"}</td>
                      <td className="border px-2 py-1">{masteryText(t, m)}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        )}
      </section>
      <section aria-labelledby="mocks" className="space-y-2">
        <h2 id="mocks" className="text-xl font-semibold">
          {t("practice.mock.chart.title")}
        </h2>
        {scores.length === 0 ? (
          <p>{t("practice.mock.none")}</p>
        ) : (
          <ScoreLineChart
            id="mock-scores"
            title={t("practice.mock.chart.title")}
            description={t("practice.mock.chart.desc", { count: scores.length, scores: scores.join("、") })}
            scores={scores}
            xLabel={t("practice.mock.chart.x")}
            yLabel={t("practice.mock.chart.y")}
            passLabel={t("practice.mock.chart.passLine")}
          />
        )}
        <Link href="/practice/mocks" className="text-blue-700 underline">
          {t("practice.mock.title")}
        </Link>
      </section>
    </div>
  );
}

import Link from "next/link";
import { formatScore } from "@/grading";
import { requirePageUser } from "@/server/auth/session";
import { formatShanghai } from "@/server/format";
import { getTranslator } from "@/server/i18n";
import { getProgress } from "@/server/practice/get-progress";
import { MOCK_MINUTES } from "@/server/practice/start-mock";
import { ScoreLineChart } from "@/ui/practice/charts";
import { startMockAction } from "../actions";

export const dynamic = "force-dynamic";

// Candidate only, their own mock exams: start (or resume) one, the results and their chart.
export default async function MocksPage({ searchParams }: { searchParams: Promise<{ error?: string }> }) {
  const user = await requirePageUser({ roles: ["CANDIDATE"], returnTo: "/practice/mocks" });
  const { t, locale } = await getTranslator();
  const p = await getProgress({ candidateId: user.candidateId! });
  const { error } = await searchParams;
  const running = p.mocks.find((m) => m.status === "in_progress");
  const done = p.mocks.filter((m) => m.status === "submitted" && m.total !== null);
  const scores = done.map((m) => Number(formatScore(m.total!)));
  const levelTrack = t("practice.levelTrack", { level: t(`standard.level.${p.level}`), track: t(`standard.track.${p.track}`) });
  return (
    <div className="mx-auto max-w-3xl space-y-5">
      <p>
        <Link href="/practice" className="text-blue-700 underline">
          {t("practice.drill.back")}
        </Link>
      </p>
      <h1 className="text-2xl font-bold">{t("practice.mock.title")}</h1>
      <p className="text-slate-700">{t("practice.mock.help", { levelTrack, minutes: MOCK_MINUTES })}</p>
      {error && (
        <div role="alert" className="rounded-lg border border-red-300 bg-red-50 px-4 py-3 text-red-800">
          {error}
        </div>
      )}
      {running ? (
        <Link href={`/practice/mocks/${running.id}`} className="flex min-h-14 items-center justify-center rounded-lg bg-blue-700 px-4 text-lg font-medium text-white">
          {t("practice.mock.resume")}
        </Link>
      ) : (
        <form action={startMockAction}>
          <button type="submit" className="min-h-14 w-full rounded-lg bg-blue-700 px-4 text-lg font-medium text-white">
            {t("practice.mock.start")}
          </button>
        </form>
      )}
      {scores.length > 0 && (
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
      <section aria-labelledby="history" className="space-y-2">
        <h2 id="history" className="text-xl font-semibold">
          {t("practice.mock.history")}
        </h2>
        {p.mocks.length === 0 ? (
          <p>{t("practice.mock.none")}</p>
        ) : (
          <table className="w-full border-collapse text-sm">
            <caption className="sr-only">{t("practice.mock.history")}</caption>
            <thead>
              <tr className="bg-slate-100 text-left">
                <th scope="col" className="border px-2 py-1">{t("practice.mock.col.time")}</th>
                <th scope="col" className="border px-2 py-1">{t("practice.mock.col.score")}</th>
                <th scope="col" className="border px-2 py-1">{t("practice.mock.col.result")}</th>
              </tr>
            </thead>
            <tbody>
              {[...p.mocks].reverse().map((m) => (
                <tr key={m.id}>
                  <td className="border px-2 py-1">
                    <Link href={`/practice/mocks/${m.id}`} className="text-blue-700 underline">
                      {formatShanghai(m.startedAt, locale)}
                    </Link>
                  </td>
                  <td className="border px-2 py-1 tabular-nums">{m.total === null ? "—" : formatScore(m.total)}</td>
                  <td className="border px-2 py-1">{m.status === "in_progress" ? t("practice.mock.inProgress") : m.passed ? t("results.pass") : t("results.fail")}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </div>
  );
}

import Link from "next/link";
import { requirePageUser } from "@/server/auth/session";
import { getOwnCandidate } from "@/server/candidates/get-own-candidate";
import { listMySessions } from "@/server/exam/candidate-sessions";
import { formatShanghai } from "@/server/format";
import { getTranslator } from "@/server/i18n";
import { getMyResults } from "@/server/results/session-results";
import { formatScoreExact, fullMarkHundredths, passMarkHundredths } from "@/grading";
import { areaLabel } from "@/ui/bank/editor-labels";
import { CandidatePanel } from "@/ui/certificates/candidate-panel";

export default async function CandidateHome() {
  const user = await requirePageUser({ roles: ["CANDIDATE"], returnTo: "/candidate" });
  const { t, locale } = await getTranslator();
  const c = await getOwnCandidate({ userId: user.id });
  const sessions = user.candidateId ? await listMySessions({ candidateId: user.candidateId }) : [];
  const results = user.candidateId ? await getMyResults({ candidateId: user.candidateId }) : [];
  const pass = (passed: boolean) => (passed ? t("results.pass") : t("results.fail"));
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{t("candidate.home.title")}</h1>
      <p className="text-lg">{c.name}</p>
      <p>{t("candidate.home.ticket", { ticket: c.ticketNumber })}</p>
      <p>
        {t("candidate.home.application", {
          level: t(`standard.level.${c.level as "5" | "4"}`),
          track: t(`standard.track.${c.track as "online-merchant" | "cross-border"}`),
        })}
      </p>
      <p>{t("candidate.home.status", { status: t(`eligibility.status.${c.eligibilityStatus}`) })}</p>
      <p>
        <Link href="/practice" className="inline-flex min-h-11 items-center rounded-lg bg-blue-700 px-4 text-white">
          {t("practice.nav")}
        </Link>
      </p>
      <h2 className="text-xl font-semibold">{t("exam.mySessions")}</h2>
      {sessions.length === 0 ? (
        <p className="text-slate-600">{t("candidate.home.noSessions")}</p>
      ) : (
        <table className="w-full border-collapse text-sm">
          <caption className="sr-only">{t("exam.mySessions")}</caption>
          <thead>
            <tr className="bg-slate-100 text-left">
              {(["session", "time", "room", "status"] as const).map((k) => (
                <th key={k} scope="col" className="border px-2 py-1">
                  {t(`exam.col.${k}`)}
                </th>
              ))}
              <th scope="col" className="border px-2 py-1">
                <span className="sr-only">{t("exam.enter")}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {sessions.map((s) => (
              <tr key={s.sessionId}>
                <td className="border px-2 py-1">{s.name}</td>
                <td className="border px-2 py-1">
                  {formatShanghai(s.startsAt, locale)}（{s.minutes}′）
                </td>
                <td className="border px-2 py-1">
                  {s.room} · {s.seat}
                </td>
                <td className="border px-2 py-1">{t(`exam.status.${s.attemptStatus ?? "none"}`)}</td>
                <td className="border px-2 py-1">
                  {(s.mode === "theory" || s.mode === "skill") && (
                    <Link href={`/exam/${s.sessionId}`} className="text-blue-700 underline">
                      {t("exam.enter")}
                    </Link>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <section aria-labelledby="my-results" className="space-y-3">
        <h2 id="my-results" className="text-xl font-semibold">
          {t("results.mine.title")}
        </h2>
        {results.length === 0 ? (
          <p className="text-slate-600">{t("results.mine.none")}</p>
        ) : (
          <>
          <p>{t("results.mine.passMark", { pass: passMarkHundredths() / 100, full: fullMarkHundredths() / 100 })}</p>
          <p className="text-sm text-slate-700">{t("score.rule")}</p>
          {results.map(({ session, row }) => (
            <article key={session.id} className="space-y-1 rounded border border-slate-200 bg-white p-3">
              <h3 className="font-semibold">{t("results.mine.session", { name: session.name })}</h3>
              {row.result.theory && <p>{t("results.mine.theory", { score: row.result.theory.display, pass: pass(row.result.theory.passed) })}</p>}
              {row.result.skill && <p>{t("results.mine.skill", { score: row.result.skill.display, pass: pass(row.result.skill.passed) })}</p>}
              {row.theoryByArea && (
                <ul className="text-sm">
                  {Object.entries(row.theoryByArea).map(([area, s]) => (
                    <li key={area}>
                      {areaLabel(t, area)}：{formatScoreExact(s.points)} / {formatScoreExact(s.max)}
                    </li>
                  ))}
                  <li className="font-semibold">
                    {t("score.total")}：{formatScoreExact(Object.values(row.theoryByArea).reduce((n, s) => n + s.points, 0))} /{" "}
                    {formatScoreExact(Object.values(row.theoryByArea).reduce((n, s) => n + s.max, 0))}
                  </li>
                </ul>
              )}
              {row.skillByTask.length > 0 && (
                <ul className="text-sm">
                  {row.skillByTask.map((task) => (
                    <li key={task.taskVersionId}>
                      {task.title}：{task.points === null ? "—" : formatScoreExact(task.points)} / {formatScoreExact(task.max)}
                    </li>
                  ))}
                  {row.skillByTask.every((task) => task.points !== null) && (
                    <li className="font-semibold">
                      {t("score.total")}：{formatScoreExact(row.skillByTask.reduce((n, task) => n + (task.points ?? 0), 0))} / {formatScoreExact(row.skillByTask.reduce((n, task) => n + task.max, 0))}
                    </li>
                  )}
                </ul>
              )}
            </article>
          ))}
          </>
        )}
      </section>
      {user.candidateId && <CandidatePanel t={t} locale={locale} userId={user.id} candidateId={user.candidateId} />}
    </div>
  );
}

// A submitted mock exam (server component): the score, pass or fail against the pass line, the
// points per area, and every question with the candidate's answer, the key and the explanation.
import { formatScore, formatScoreExact } from "@/grading";
import type { Translate } from "@/i18n";
import type { MockView } from "@/server/practice/get-mock";
import { areaTitle } from "./labels";

const LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";

export function MockResult({ t, mock }: { t: Translate; mock: MockView }) {
  const r = mock.result!;
  const line = formatScore(r.passMark).replace(/\.0$/, "");
  // Answers in the candidate's display letters (the options were shown in their order).
  const shown = (options: Array<{ key: string; text: string }>, type: string, keys: string[]) =>
    keys.length === 0
      ? t("practice.mock.result.unanswered")
      : type === "true-false"
        ? keys.map((k) => options.find((o) => o.key === k)?.text ?? k).join("、")
        : options.flatMap((o, i) => (keys.includes(o.key) ? [LETTERS[i]] : [])).join("、");
  const areas = Object.entries(r.byArea);
  return (
    <div className="mx-auto max-w-3xl space-y-5">
      <h1 className="text-2xl font-bold">{t("practice.mock.result.title")}</h1>
      {mock.submittedBy === "deadline" && <p>{t("practice.mock.result.deadline")}</p>}
      <section role="status" className={`space-y-1 rounded-lg border px-4 py-3 ${r.passed ? "border-green-600 bg-green-50" : "border-red-600 bg-red-50"}`}>
        <p className="text-3xl font-bold tabular-nums">{t("practice.mock.result.score", { score: formatScore(r.total) })}</p>
        <p className="text-lg">{r.passed ? t("practice.mock.result.pass", { line }) : t("practice.mock.result.fail", { line })}</p>
      </section>
      <table className="w-full border-collapse text-sm">
        <caption className="mb-1 text-left font-semibold">{t("practice.mock.result.byArea")}</caption>
        <thead>
          <tr className="bg-slate-100 text-left">
            <th scope="col" className="border px-2 py-1">{t("practice.mock.result.col.area")}</th>
            <th scope="col" className="border px-2 py-1">{t("practice.mock.result.col.points")}</th>
            <th scope="col" className="border px-2 py-1">{t("practice.mock.result.col.max")}</th>
          </tr>
        </thead>
        <tbody>
          {areas.map(([area, s]) => (
            <tr key={area}>
              <th scope="row" className="border px-2 py-1 text-left font-normal">{areaTitle(t, area)}</th>
              <td className="border px-2 py-1 tabular-nums">{formatScoreExact(s.points)}</td>
              <td className="border px-2 py-1 tabular-nums">{formatScoreExact(s.max)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="flex flex-wrap gap-3">
        <a href="/practice/mocks" className="flex min-h-11 items-center rounded-lg bg-blue-700 px-4 text-white">
          {t("practice.mock.result.again")}
        </a>
        <a href="/practice/progress" className="flex min-h-11 items-center rounded-lg border border-slate-300 px-4">
          {t("practice.progress")}
        </a>
      </div>
      <details className="rounded-lg border border-slate-200 bg-white">
        <summary className="min-h-12 cursor-pointer px-4 py-3 font-semibold">{t("practice.mock.result.review")}</summary>
        <ol className="divide-y divide-slate-100">
          {mock.items.map((i) => {
            const response = mock.answers[i.versionId]?.response ?? [];
            const right = i.review && response.length > 0 && [...response].sort().join() === i.review.key.join();
            return (
              <li key={i.versionId} className="space-y-1 px-4 py-3">
                <p className="font-medium">
                  {t("practice.mock.question", { number: i.number })} · {t(`exam.type.${i.type}`)} · {right ? t("practice.drill.right") : t("practice.drill.wrong")}
                </p>
                {i.review ? (
                  <>
                    <p className="whitespace-pre-wrap">{i.stem}</p>
                    {i.type !== "true-false" && (
                      <ul className="text-sm text-slate-700">
                        {i.options.map((o, n) => (
                          <li key={o.key}>
                            {LETTERS[n]}. {o.text}
                          </li>
                        ))}
                      </ul>
                    )}
                    <p className="text-sm">{t("practice.drill.yourAnswer", { answer: shown(i.options, i.type, response) })}</p>
                    <p className="text-sm text-green-800">{t("practice.drill.key", { key: shown(i.options, i.type, i.review.key) })}</p>
                    {i.review.explanation && <p className="text-sm whitespace-pre-wrap text-slate-700">{i.review.explanation}</p>}
                  </>
                ) : (
                  <p className="text-sm text-slate-600">{t("practice.mock.result.withdrawn")}</p>
                )}
              </li>
            );
          })}
        </ol>
      </details>
    </div>
  );
}

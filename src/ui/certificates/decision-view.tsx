import type { Translate } from "@/i18n";
import { levelTrack, scoreText, shanghaiDay } from "./labels";

type Part = { mode: "theory" | "skill"; status: "passed" | "failed" | "expired" | "missing"; score: number | null; date: Date | null; keptUntil: Date | null };
type History = { sessionId: string; name: string; mode: "theory" | "skill"; date: Date; state: "scored" | "absent" | "pending"; score: number | null; resit: boolean; current: boolean; passed: boolean | null };

/**
 * One application's overall decision (认定结果): the result, each required part with its status
 * and retention, and the history of sittings with resits marked. Shared by the admin's candidate
 * page and the candidate's home page.
 */
export function DecisionView({
  t,
  locale,
  level,
  track,
  decision,
  headingId,
}: {
  t: Translate;
  locale: string;
  level: string;
  track: string;
  decision: { overall: "pass" | "fail" | "incomplete"; parts: Part[]; history: History[]; passedOn: Date | null };
  headingId: string;
}) {
  const state = (h: History) => (h.state === "scored" ? `${scoreText(h.score)}（${h.passed ? t("results.pass") : t("results.fail")}）` : t(`decision.state.${h.state}`));
  return (
    <div className="space-y-3">
      <p className="text-lg" aria-describedby={headingId}>
        {t("decision.overall", { levelTrack: levelTrack(t, level, track), result: t(`decision.overall.${decision.overall}`) })}
        {decision.passedOn ? `（${t("decision.passedOn", { date: shanghaiDay(decision.passedOn, locale) })}）` : ""}
      </p>
      <table className="w-full border-collapse text-sm">
        <caption className="sr-only">{t("decision.parts")}</caption>
        <thead>
          <tr className="bg-slate-100 text-left">
            {(["part", "status", "score", "date", "keptUntil"] as const).map((c) => (
              <th key={c} scope="col" className="border px-2 py-1">{t(`decision.col.${c}`)}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {decision.parts.map((p) => (
            <tr key={p.mode}>
              <th scope="row" className="border px-2 py-1 text-left font-normal">{t(`decision.part.${p.mode}`)}</th>
              <td className="border px-2 py-1">{t(`decision.status.${p.status}`)}</td>
              <td className="border px-2 py-1">{scoreText(p.score)}</td>
              <td className="border px-2 py-1">{shanghaiDay(p.date, locale)}</td>
              <td className="border px-2 py-1">{p.keptUntil ? shanghaiDay(p.keptUntil, locale) : "—"}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3 className="font-semibold">{t("decision.history")}</h3>
      {decision.history.length === 0 ? (
        <p className="text-slate-600">{t("decision.history.none")}</p>
      ) : (
        <table className="w-full border-collapse text-sm">
          <caption className="sr-only">{t("decision.history")}</caption>
          <thead>
            <tr className="bg-slate-100 text-left">
              {(["session", "part", "date", "result", "kind"] as const).map((c) => (
                <th key={c} scope="col" className="border px-2 py-1">{t(`decision.hcol.${c}`)}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {decision.history.map((h) => (
              <tr key={h.sessionId}>
                <td className="border px-2 py-1">{h.name}</td>
                <td className="border px-2 py-1">{t(`decision.part.${h.mode}`)}</td>
                <td className="border px-2 py-1">{shanghaiDay(h.date, locale)}</td>
                <td className="border px-2 py-1">
                  {state(h)}
                  {h.current ? `（${t("decision.current")}）` : ""}
                </td>
                <td className="border px-2 py-1">{h.resit ? t("decision.resit") : t("decision.first")}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}

import Link from "next/link";
import { requirePageUser } from "@/server/auth/session";
import { getTranslator } from "@/server/i18n";
import { RIGHT_IN_A_ROW_TO_CLEAR } from "@/server/practice/answer-practice";
import { getPracticeCandidate } from "@/server/practice/practice-pool";
import { listMistakes } from "@/server/practice/list-mistakes";
import { contentTitle } from "@/ui/practice/labels";
import { StartDrillButton } from "@/ui/practice/start-form";
import { removeMistakeAction } from "../actions";

export const dynamic = "force-dynamic";

// Candidate only, their own wrong-answer book (错题本), grouped by work content.
export default async function MistakesPage({ searchParams }: { searchParams: Promise<{ removed?: string }> }) {
  const user = await requirePageUser({ roles: ["CANDIDATE"], returnTo: "/practice/mistakes" });
  const { t } = await getTranslator();
  const candidate = await getPracticeCandidate(user.candidateId!);
  const groups = await listMistakes({ candidateId: candidate.id });
  const { removed } = await searchParams;
  const total = groups.reduce((n, g) => n + g.items.length, 0);
  const answer = (type: string, options: Array<{ key: string; text: string }>, keys: string[]) =>
    type === "true-false" ? keys.map((k) => options.find((o) => o.key === k)?.text ?? k).join("、") : keys.join("、");
  return (
    <div className="mx-auto max-w-3xl space-y-4">
      <p>
        <Link href="/practice" className="text-blue-700 underline">
          {t("practice.drill.back")}
        </Link>
      </p>
      <h1 className="text-2xl font-bold">{t("practice.mistakes.title")}</h1>
      <p className="text-slate-700">{t("practice.mistakes.help", { count: RIGHT_IN_A_ROW_TO_CLEAR })}</p>
      {removed && (
        <p role="status" className="rounded-lg bg-green-50 px-4 py-2 text-green-900">
          {t("practice.mistakes.removed")}
        </p>
      )}
      {total === 0 ? (
        <p>{t("practice.mistakes.empty")}</p>
      ) : (
        <StartDrillButton fields={{ mode: "mistakes", size: "50" }} variant="primary">
          {t("practice.mistakes.redoAll")}
        </StartDrillButton>
      )}
      {groups.map((g) => {
        const title = contentTitle(t, g.content, candidate.level === "4");
        return (
          <section key={g.content} aria-label={title} className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
            <div className="flex flex-wrap items-center justify-between gap-2">
              <h2 className="text-lg font-semibold">{title}</h2>
              <StartDrillButton fields={{ mode: "mistakes", content: g.content, size: "50" }}>{t("practice.mistakes.redoGroup", { count: g.items.length })}</StartDrillButton>
            </div>
            <ol className="space-y-3">
              {g.items.map((m) => (
                <li key={m.itemId} className="space-y-1 border-t border-slate-100 pt-3">
                  <p className="whitespace-pre-wrap">{m.stem}</p>
                  {m.type !== "true-false" && (
                    <ul className="text-sm text-slate-700">
                      {m.options.map((o) => (
                        <li key={o.key}>
                          {o.key}. {o.text}
                        </li>
                      ))}
                    </ul>
                  )}
                  <p className="text-sm text-red-800">{t("practice.mistakes.yourAnswer", { answer: answer(m.type, m.options, m.lastResponse) })}</p>
                  <p className="text-sm text-green-800">{t("practice.mistakes.key", { key: answer(m.type, m.options, m.key) })}</p>
                  {m.explanation && <p className="text-sm whitespace-pre-wrap text-slate-700">{m.explanation}</p>}
                  <div className="flex flex-wrap items-center justify-between gap-2 text-sm text-slate-600">
                    <span>
                      {t("practice.mistakes.wrongCount", { count: m.wrongCount })} · {t("practice.mistakes.needed", { count: m.needed })}
                    </span>
                    <form action={removeMistakeAction}>
                      <input type="hidden" name="itemId" value={m.itemId} />
                      <button type="submit" className="min-h-11 rounded-lg border border-slate-300 px-3">
                        {t("practice.mistakes.remove")}
                      </button>
                    </form>
                  </div>
                </li>
              ))}
            </ol>
          </section>
        );
      })}
    </div>
  );
}

import { notFound } from "next/navigation";
import { requirePageUser } from "@/server/auth/session";
import { getCandidateForAdmin } from "@/server/candidates/get-candidate";
import { toAppError } from "@/server/errors";
import { formatShanghai } from "@/server/format";
import { getTranslator } from "@/server/i18n";
import { EligibilityDecision, RevealNumbers } from "@/ui/admin/candidate-actions";
import { decideAction, endSessionsAction, revealAction } from "./actions";

export default async function CandidatePage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ sessionsEnded?: string }> }) {
  const { id } = await params;
  const { sessionsEnded } = await searchParams;
  await requirePageUser({ roles: ["ADMIN"], returnTo: `/admin/candidates/${id}` });
  const { t, locale } = await getTranslator();
  const c = await getCandidateForAdmin({ candidateId: id }).catch((e: unknown) => {
    if (toAppError(e).code === "NOT_FOUND") notFound();
    throw e;
  });
  const level = c.level as "5" | "4";
  const track = c.track as "online-merchant" | "cross-border";
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">{t("candidate.detail.title", { name: c.name })}</h1>
      <dl className="grid gap-x-6 gap-y-1 sm:grid-cols-[10rem_1fr]">
        <dt className="font-medium">{t("candidates.col.ticket")}</dt>
        <dd className="font-mono">{c.ticketNumber}</dd>
        <dt className="font-medium">{t("candidates.col.idNumber")}</dt>
        <dd className="font-mono">{c.idNumberMasked}</dd>
        <dt className="font-medium">{t("candidates.col.phone")}</dt>
        <dd className="font-mono">{c.phoneMasked ?? "—"}</dd>
        <dt className="font-medium">{t("candidates.col.gender")}</dt>
        <dd>{c.gender}</dd>
        <dt className="font-medium">{t("candidates.col.level")}</dt>
        <dd>{t(`standard.level.${level}`)}</dd>
        <dt className="font-medium">{t("candidates.col.track")}</dt>
        <dd>{t(`standard.track.${track}`)}</dd>
      </dl>
      <RevealNumbers
        candidateId={c.id}
        action={revealAction}
        labels={{ reveal: t("candidate.detail.reveal"), note: t("candidate.detail.revealNote"), full: t("candidate.detail.full") }}
      />
      <section aria-labelledby="elig" className="space-y-2">
        <h2 id="elig" className="text-xl font-semibold">
          {t("candidate.detail.eligibility")}：{t(`eligibility.status.${c.eligibilityStatus}`)}
        </h2>
        <p className="text-sm">{t("candidate.detail.summary", { summary: c.summary })}</p>
        <ul className="space-y-1">
          {c.eligibilityResult.rules.map((r) => (
            <li key={r.id}>
              <span className={r.met ? "text-green-800" : "text-slate-700"}>
                {r.met ? "✓" : "✗"} {t(`eligibility.rule.${r.id}`)}（{r.met ? t("eligibility.met") : t("eligibility.notMet")}）：
                {t(`eligibility.reason.${r.reasonCode}`, r.params)}
              </span>
            </li>
          ))}
        </ul>
        <p className="text-xs text-slate-500">{t("candidate.detail.evaluatedAt", { at: formatShanghai(c.eligibilityEvaluatedAt, locale) })}</p>
        {c.overrideReason && <p>{t("candidate.detail.currentOverride", { reason: c.overrideReason })}</p>}
        <EligibilityDecision
          candidateId={c.id}
          action={decideAction}
          labels={{
            title: t("candidate.detail.override"),
            reason: t("candidate.detail.overrideReason"),
            approve: t("candidate.detail.approve"),
            reject: t("candidate.detail.reject"),
            reevaluate: t("candidate.detail.reevaluate"),
          }}
        />
      </section>
      <section aria-labelledby="sessions" className="space-y-2">
        <h2 id="sessions" className="text-xl font-semibold">
          {t("security.endSessions.title")}
        </h2>
        <p className="text-sm">{t("security.endSessions.note")}</p>
        <form action={endSessionsAction}>
          <input type="hidden" name="candidateId" value={c.id} />
          <button type="submit" className="rounded border border-red-700 px-3 py-1 text-red-800">
            {t("security.endSessions.button")}
          </button>
        </form>
        {sessionsEnded === "1" && <p role="status">{t("security.endSessions.done")}</p>}
      </section>
    </div>
  );
}

import Link from "next/link";
import { notFound } from "next/navigation";
import { requirePageUser } from "@/server/auth/session";
import { getCandidateDecision } from "@/server/decisions/get-candidate-decision";
import { toAppError } from "@/server/errors";
import { getTranslator } from "@/server/i18n";
import { DecisionView } from "@/ui/certificates/decision-view";
import { shanghaiDay } from "@/ui/certificates/labels";

export const dynamic = "force-dynamic";

// Admin only: one candidate's overall decision, attempt history and certificates.
export default async function CandidateDecisionPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  await requirePageUser({ roles: ["ADMIN"], returnTo: `/admin/candidates/${id}/decision` });
  const { t, locale } = await getTranslator();
  const d = await getCandidateDecision({ candidateId: id, now: new Date() }).catch((e: unknown) => {
    if (toAppError(e).code === "NOT_FOUND") notFound();
    throw e;
  });
  return (
    <div className="space-y-5">
      <p>
        <Link className="text-blue-700 underline" href={`/admin/candidates/${id}`}>← {d.candidate.name}</Link>
      </p>
      <h1 id="decision" className="text-2xl font-bold">{t("decision.title", { name: d.candidate.name, ticket: d.candidate.ticketNumber })}</h1>
      <DecisionView t={t} locale={locale} level={d.candidate.level} track={d.candidate.track} decision={d.decision} headingId="decision" />
      <p className="text-sm text-slate-600">{t("decision.rules", { months: d.settings.retentionMonths })}</p>
      <section aria-labelledby="certs" className="space-y-2">
        <h2 id="certs" className="text-lg font-semibold">{t("decision.certificates")}</h2>
        {d.certificates.length === 0 ? (
          <p className="text-slate-600">{t("decision.certificates.none")}</p>
        ) : (
          <ul className="list-disc pl-6">
            {d.certificates.map((c) => (
              <li key={c.id}>
                <Link className="font-mono text-blue-700 underline" href={`/admin/certificates/${c.id}`}>{c.number}</Link>（{t(`cert.status.${c.status === "revoked" ? "revoked" : "valid"}`)}，{shanghaiDay(c.issuedAt, locale)}）
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}

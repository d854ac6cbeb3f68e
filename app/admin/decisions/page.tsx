import Link from "next/link";
import { requirePageUser } from "@/server/auth/session";
import { listDecisions } from "@/server/decisions/list-decisions";
import { getTranslator } from "@/server/i18n";
import { levelOptions, levelTrack, scoreText, trackOptions } from "@/ui/certificates/labels";
import { SelectFilter } from "@/ui/certificates/select-filter";

export const dynamic = "force-dynamic";

// Admin only: the overall decisions of a cohort (level · track): each part's status, the result,
// the certificate.
export default async function DecisionsPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  await requirePageUser({ roles: ["ADMIN"], returnTo: "/admin/decisions" });
  const { t } = await getTranslator();
  const q = await searchParams;
  const level = q.level === "4" ? "4" : "5";
  const track = q.track === "cross-border" ? "cross-border" : "online-merchant";
  const rows = await listDecisions({ scope: { level, track }, now: new Date() });
  const count = (o: string) => rows.filter((r) => r.decision.overall === o).length;
  return (
    <div className="space-y-4">
      <p>
        <Link className="text-blue-700 underline" href="/admin/certificates">← {t("cert.title")}</Link>
      </p>
      <h1 className="text-2xl font-bold">{t("decision.list.title")}</h1>
      <SelectFilter
        t={t}
        submit={t("candidates.filter.submit")}
        values={{ level, track }}
        fields={[
          { name: "level", label: t("cert.filter.level"), options: levelOptions(t), all: false },
          { name: "track", label: t("cert.filter.track"), options: trackOptions(t), all: false },
        ]}
      />
      <p>{t("decision.list.summary", { levelTrack: levelTrack(t, level, track), total: rows.length, pass: count("pass"), fail: count("fail"), incomplete: count("incomplete") })}</p>
      <table className="w-full border-collapse text-sm">
        <caption className="sr-only">{t("decision.list.title")}</caption>
        <thead>
          <tr className="bg-slate-100 text-left">
            {(["name", "ticket", "theory", "skill", "overall", "certificate"] as const).map((c) => (
              <th key={c} scope="col" className="border px-2 py-1">{t(`decision.lcol.${c}`)}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.candidateId}>
              <td className="border px-2 py-1">
                <Link className="text-blue-700 underline" href={`/admin/candidates/${r.candidateId}/decision`}>{r.name}</Link>
              </td>
              <td className="border px-2 py-1 font-mono">{r.ticketNumber}</td>
              {r.decision.parts.map((p) => (
                <td key={p.mode} className="border px-2 py-1">
                  {t(`decision.status.${p.status}`)} {p.score !== null ? scoreText(p.score) : ""}
                  {r.pending.includes(p.mode) ? `（${t("decision.pending")}）` : ""}
                </td>
              ))}
              <td className="border px-2 py-1">{t(`decision.overall.${r.decision.overall}`)}</td>
              <td className="border px-2 py-1 font-mono">{r.certificate ? <Link className="text-blue-700 underline" href={`/admin/certificates/${r.certificate.id}`}>{r.certificate.number}</Link> : "—"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

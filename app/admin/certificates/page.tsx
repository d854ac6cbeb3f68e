import Link from "next/link";
import { requirePageUser } from "@/server/auth/session";
import { listCertificates, CertificateFilterSchema } from "@/server/certificates/list-certificates";
import { getTranslator } from "@/server/i18n";
import { listResultSessions } from "@/server/results/session-results";
import { ActionForm } from "@/ui/certificates/action-form";
import { BulkPdf } from "@/ui/certificates/bulk-pdf";
import { levelOptions, levelTrack, scoreText, shanghaiDay, trackOptions } from "@/ui/certificates/labels";
import { SelectFilter } from "@/ui/certificates/select-filter";
import { issueAction } from "./actions";

export const dynamic = "force-dynamic";

// Admin only: issue certificates (per session or cohort), list and filter them, bulk PDF, register.
export default async function CertificatesPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  await requirePageUser({ roles: ["ADMIN"], returnTo: "/admin/certificates" });
  const { t, locale } = await getTranslator();
  const raw = await searchParams;
  const parsed = CertificateFilterSchema.safeParse({ level: raw.level ?? "", track: raw.track ?? "", status: raw.status ?? "", year: raw.year ?? "" });
  const filter = parsed.success ? parsed.data : {};
  const [rows, sessions] = await Promise.all([listCertificates({ filter, take: 500 }), listResultSessions()]);
  const released = sessions.filter((s) => s.resultsReleasedAt);
  const query = new URLSearchParams(Object.entries(filter).flatMap(([k, v]) => (v === undefined ? [] : [[k, String(v)]]))).toString();
  const control = "mt-1 block rounded border border-slate-300 px-2 py-1";
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">{t("cert.title")}</h1>
      <nav aria-label={t("cert.nav")} className="flex flex-wrap gap-4 text-sm">
        <Link className="text-blue-700 underline" href="/admin/decisions">{t("cert.nav.decisions")}</Link>
        <Link className="text-blue-700 underline" href="/admin/reviews">{t("cert.nav.reviews")}</Link>
        <Link className="text-blue-700 underline" href="/admin/resits">{t("cert.nav.resits")}</Link>
        <Link className="text-blue-700 underline" href="/admin/photos">{t("cert.nav.photos")}</Link>
        <Link className="text-blue-700 underline" href="/admin/certificates/settings">{t("cert.nav.settings")}</Link>
      </nav>

      <section aria-labelledby="issue" className="space-y-3 rounded border border-slate-200 bg-white p-4">
        <h2 id="issue" className="text-lg font-semibold">{t("cert.issue.title")}</h2>
        <p className="text-sm">{t("cert.issue.help")}</p>
        <div className="grid gap-6 md:grid-cols-2">
          <ActionForm action={issueAction} submit={t("cert.issue.session.submit")} pending={t("cert.issue.pending")}>
            <input type="hidden" name="scope" value="session" />
            <label className="block">
              {t("cert.issue.session")}
              <select name="sessionId" required className={control}>
                {released.map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.name}（{levelTrack(t, s.level, s.track)}）
                  </option>
                ))}
              </select>
            </label>
          </ActionForm>
          <ActionForm action={issueAction} submit={t("cert.issue.cohort.submit")} pending={t("cert.issue.pending")}>
            <input type="hidden" name="scope" value="cohort" />
            <div className="flex gap-3">
              <label>
                {t("cert.filter.level")}
                <select name="level" className={control}>
                  {levelOptions(t).map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
                </select>
              </label>
              <label>
                {t("cert.filter.track")}
                <select name="track" className={control}>
                  {trackOptions(t).map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
                </select>
              </label>
            </div>
          </ActionForm>
        </div>
      </section>

      <section aria-labelledby="list" className="space-y-3">
        <h2 id="list" className="text-lg font-semibold">{t("cert.list.title")}</h2>
        <SelectFilter
          t={t}
          submit={t("candidates.filter.submit")}
          values={{ level: raw.level, track: raw.track, status: raw.status, year: raw.year }}
          fields={[
            { name: "level", label: t("cert.filter.level"), options: levelOptions(t) },
            { name: "track", label: t("cert.filter.track"), options: trackOptions(t) },
            { name: "status", label: t("cert.filter.status"), options: (["valid", "revoked", "flagged"] as const).map((s) => ({ value: s, label: t(`cert.status.${s}`) })) },
            { name: "year", label: t("cert.filter.year"), options: Array.from({ length: 6 }, (_, i) => String(new Date().getUTCFullYear() - i)).map((y) => ({ value: y, label: y })) },
          ]}
        />
        <p className="flex flex-wrap gap-4 text-sm">
          <a className="text-blue-700 underline" href={`/api/admin/certificates/register${query ? `?${query}` : ""}`} download>
            {t("cert.register")}
          </a>
        </p>
        <BulkPdf
          filter={Object.fromEntries(Object.entries(filter).flatMap(([k, v]) => (v === undefined ? [] : [[k, String(v)]])))}
          labels={{ submit: t("cert.bulk.submit"), running: t("cert.bulk.running"), progress: t("cert.bulk.progress"), progressText: t("cert.bulk.progressText"), done: t("cert.bulk.done"), error: t("cert.bulk.error") }}
        />
        {rows.length === 0 ? (
          <p className="text-slate-600">{t("cert.list.none")}</p>
        ) : (
          <table className="w-full border-collapse text-sm">
            <caption className="sr-only">{t("cert.list.title")}</caption>
            <thead>
              <tr className="bg-slate-100 text-left">
                {(["number", "name", "ticket", "levelTrack", "theory", "skill", "issuedAt", "status"] as const).map((c) => (
                  <th key={c} scope="col" className="border px-2 py-1">{t(`cert.col.${c}`)}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.id}>
                  <td className="border px-2 py-1 font-mono">
                    <Link className="text-blue-700 underline" href={`/admin/certificates/${r.id}`}>{r.number}</Link>
                  </td>
                  <td className="border px-2 py-1">{r.name}</td>
                  <td className="border px-2 py-1 font-mono">{r.ticketNumber}</td>
                  <td className="border px-2 py-1">{levelTrack(t, r.level, r.track)}</td>
                  <td className="border px-2 py-1">{scoreText(r.theoryScore)}</td>
                  <td className="border px-2 py-1">{scoreText(r.skillScore)}</td>
                  <td className="border px-2 py-1">{shanghaiDay(r.issuedAt, locale)}</td>
                  <td className="border px-2 py-1">
                    {t(`cert.status.${r.status}`)}
                    {r.status === "valid" && r.flaggedAt ? `（${t("cert.status.flagged")}）` : ""}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </div>
  );
}

import Link from "next/link";
import { notFound } from "next/navigation";
import { requirePageUser } from "@/server/auth/session";
import { getCertificate } from "@/server/certificates/list-certificates";
import { toAppError } from "@/server/errors";
import { formatShanghai } from "@/server/format";
import { getTranslator } from "@/server/i18n";
import { ActionForm } from "@/ui/certificates/action-form";
import { levelTrack, scoreText, shanghaiDay } from "@/ui/certificates/labels";
import { reissueAction, revokeAction } from "../actions";

export const dynamic = "force-dynamic";

// Admin only: one certificate — its facts, PDF, verification link, revocation and reissue.
export default async function CertificatePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  await requirePageUser({ roles: ["ADMIN"], returnTo: `/admin/certificates/${id}` });
  const { t, locale } = await getTranslator();
  const c = await getCertificate({ certificateId: id }).catch((e: unknown) => {
    if (toAppError(e).code === "NOT_FOUND") notFound();
    throw e;
  });
  const facts: Array<[string, string]> = [
    [t("cert.col.number"), c.number],
    [t("cert.col.name"), c.name],
    [t("cert.col.idNumber"), c.idNumberMasked],
    [t("cert.col.ticket"), c.ticketNumber],
    [t("cert.col.levelTrack"), levelTrack(t, c.level, c.track)],
    [t("cert.col.theory"), `${scoreText(c.theoryScore)}（${c.theorySession?.name ?? "—"}）`],
    [t("cert.col.skill"), `${scoreText(c.skillScore)}（${c.skillSession?.name ?? "—"}）`],
    [t("cert.col.issuedAt"), shanghaiDay(c.issuedAt, locale)],
    [t("cert.col.status"), t(`cert.status.${c.status}`)],
  ];
  if (c.replacesNumber) facts.push([t("cert.col.replaces"), c.replacesNumber]);
  if (c.revokedAt) facts.push([t("cert.col.revokedAt"), formatShanghai(c.revokedAt, locale)], [t("cert.col.revokeReason"), c.revokeReason ?? ""]);
  const input = "mt-1 block w-full rounded border border-slate-300 px-2 py-1";
  return (
    <div className="space-y-5">
      <p>
        <Link className="text-blue-700 underline" href="/admin/certificates">← {t("cert.title")}</Link>
      </p>
      <h1 className="text-2xl font-bold">{t("cert.one.title", { number: c.number })}</h1>
      <dl className="grid max-w-2xl grid-cols-[10rem_1fr] gap-x-4 gap-y-1">
        {facts.map(([k, v]) => (
          <div key={k} className="contents">
            <dt className="font-medium">{k}</dt>
            <dd>{v}</dd>
          </div>
        ))}
      </dl>
      <p className="flex flex-wrap gap-4">
        <a className="text-blue-700 underline" href={`/api/admin/certificates/${c.id}/pdf`} download>
          {t("cert.one.pdf")}
        </a>
        <a className="text-blue-700 underline" href={`/verify/${encodeURIComponent(c.number)}`}>
          {t("cert.one.verify")}
        </a>
        <Link className="text-blue-700 underline" href={`/admin/candidates/${c.candidateId}/decision`}>
          {t("cert.one.decision")}
        </Link>
      </p>
      {c.status === "valid" && c.flaggedAt && (
        <section role="alert" className="space-y-2 rounded border border-amber-300 bg-amber-50 p-3">
          <h2 className="font-semibold">{t("cert.flag.title")}</h2>
          <p>{t("cert.flag.text", { time: formatShanghai(c.flaggedAt, locale), reason: c.flagReason ?? "" })}</p>
          <ActionForm action={reissueAction} submit={t("cert.reissue.submit")} pending={t("cert.working")}>
            <input type="hidden" name="certificateId" value={c.id} />
          </ActionForm>
        </section>
      )}
      {c.status === "valid" && (
        <section aria-labelledby="revoke" className="max-w-xl space-y-2 rounded border border-slate-200 bg-white p-3">
          <h2 id="revoke" className="font-semibold">{t("cert.revoke.title")}</h2>
          <ActionForm action={revokeAction} submit={t("cert.revoke.submit")} pending={t("cert.working")} danger>
            <input type="hidden" name="certificateId" value={c.id} />
            <label className="block">
              {t("cert.revoke.reason")}
              <textarea name="reason" required minLength={2} maxLength={500} rows={3} className={input} />
            </label>
          </ActionForm>
        </section>
      )}
    </div>
  );
}

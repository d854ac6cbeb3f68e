import Link from "next/link";
import { notFound } from "next/navigation";
import { requirePageUser } from "@/server/auth/session";
import { getPrisma } from "@/server/db/client";
import { getTranslator } from "@/server/i18n";
import { blindCodeMapping } from "@/server/skill/examiner/blind-codes";

export const dynamic = "force-dynamic";

// Admin only: which candidate is behind each anonymous code of a skill session (blind marking),
// and the download of the session's work archive.
export default async function BlindCodesPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  await requirePageUser({ roles: ["ADMIN"], returnTo: `/admin/sessions/${id}/blind-codes` });
  const { t } = await getTranslator();
  const session = await getPrisma().examSession.findUnique({ where: { id }, select: { name: true, mode: true, status: true } });
  if (!session || session.mode !== "skill" || session.status === "draft") notFound();
  const rows = await blindCodeMapping(id);
  return (
    <div className="space-y-4">
      <Link href={`/admin/sessions/${id}`} className="text-blue-700 underline">
        ← {session.name}
      </Link>
      <h1 className="text-2xl font-bold">{t("examiner.codes.title", { name: session.name })}</h1>
      <p className="text-sm text-slate-700">{t("examiner.codes.help")}</p>
      <p>
        <a href={`/api/admin/sessions/${id}/archive`} className="rounded border border-slate-300 px-3 py-1.5 text-blue-700 hover:bg-slate-100">
          {t("examiner.archive.link")}
        </a>
      </p>
      <table className="border-collapse text-sm">
        <caption className="sr-only">{t("examiner.codes.title", { name: session.name })}</caption>
        <thead>
          <tr className="bg-slate-100 text-left">
            <th scope="col" className="border px-2 py-1">{t("examiner.codes.code")}</th>
            <th scope="col" className="border px-2 py-1">{t("examiner.codes.seat")}</th>
            <th scope="col" className="border px-2 py-1">{t("examiner.codes.name")}</th>
            <th scope="col" className="border px-2 py-1">{t("examiner.codes.ticket")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.code}>
              <th scope="row" className="border px-2 py-1 text-left font-mono font-normal">{r.code}</th>
              <td className="border px-2 py-1">{r.seat}</td>
              <td className="border px-2 py-1">{r.name}</td>
              <td className="border px-2 py-1">{r.ticketNumber}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

import { requirePageUser } from "@/server/auth/session";
import { getTranslator } from "@/server/i18n";
import { listExaminerRelations } from "@/server/sessions/list-examiner-relations";
import { RelationForm } from "@/ui/sessions/relation-form";
import { createRelationAction } from "../actions";

const KINDS = ["relative", "teacher", "other"] as const;

// Admin only: record and list examiner–candidate relations (回避).
export default async function RelationsPage() {
  await requirePageUser({ roles: ["ADMIN"], returnTo: "/admin/sessions/relations" });
  const { t } = await getTranslator();
  const { relations, examiners } = await listExaminerRelations();
  const keys = ["examiner", "ticket", "kind", "conflict", "note", "submit", "saved"] as const;
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{t("sessions.relations.title")}</h1>
      <p>{t("sessions.relations.intro")}</p>
      <RelationForm
        action={createRelationAction}
        examiners={examiners.map((e) => ({ key: e.id, text: e.name }))}
        kinds={KINDS.map((k) => ({ key: k, text: t(`sessions.relations.kind.${k}`) }))}
        labels={Object.fromEntries(keys.map((k) => [k, t(`sessions.relations.${k}`)]))}
      />
      {relations.length === 0 ? (
        <p>{t("sessions.relations.empty")}</p>
      ) : (
        <table className="w-full border-collapse text-sm">
          <caption className="sr-only">{t("sessions.relations.title")}</caption>
          <thead>
            <tr className="bg-slate-100 text-left">
              {(["examiner", "candidate", "kind", "conflict", "note"] as const).map((c) => (
                <th key={c} scope="col" className="border px-2 py-1">
                  {t(`sessions.relations.col.${c}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {relations.map((r) => (
              <tr key={r.id}>
                <td className="border px-2 py-1">{r.examiner}</td>
                <td className="border px-2 py-1">
                  {r.candidate} <span className="font-mono">{r.ticketNumber}</span>
                </td>
                <td className="border px-2 py-1">{t(`sessions.relations.kind.${r.kind}`)}</td>
                <td className="border px-2 py-1">{t(r.kind !== "teacher" || r.conflict ? "sessions.relations.yes" : "sessions.relations.no")}</td>
                <td className="border px-2 py-1">{r.note}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}

import { messagesFor } from "@/i18n";
import { requirePageUser } from "@/server/auth/session";
import { getTranslator } from "@/server/i18n";
import { RosterImport } from "@/ui/admin/roster-import";

export default async function ImportPage() {
  await requirePageUser({ roles: ["ADMIN"], returnTo: "/admin/candidates/import" });
  const { t, locale } = await getTranslator();
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{t("import.title")}</h1>
      <p>{t("import.help")}</p>
      <p className="flex gap-4">
        <a className="text-blue-700 underline" href="/api/admin/candidates/template?format=xlsx">
          {t("import.template.xlsx")}
        </a>
        <a className="text-blue-700 underline" href="/api/admin/candidates/template?format=csv">
          {t("import.template.csv")}
        </a>
      </p>
      <RosterImport
        previewLabels={messagesFor(locale, ["rosterImport."])}
        labels={{
          file: t("import.file"),
          mode: t("import.mode"),
          modeAll: t("import.mode.all"),
          modeValid: t("import.mode.valid"),
          submit: t("import.submit"),
          running: t("import.running"),
          progress: t("import.progress"),
          progressText: t("import.progressText"),
          done: t("import.done"),
          failed: t("import.failed"),
          problems: t("import.problems"),
          colRow: t("import.col.row"),
          colColumn: t("import.col.column"),
          colMessage: t("import.col.message"),
          notices: t("import.notices"),
          slipsTitle: t("import.slips.title"),
          slipsHelp: t("import.slips.help"),
          slipsSubmit: t("import.slips.submit"),
          error: t("import.error"),
        }}
      />
    </div>
  );
}

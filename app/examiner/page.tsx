import { requirePageUser } from "@/server/auth/session";
import { getTranslator } from "@/server/i18n";

export default async function ExaminerHome() {
  await requirePageUser({ roles: ["EXAMINER"], returnTo: "/examiner" });
  const { t } = await getTranslator();
  return (
    <div className="space-y-3">
      <h1 className="text-2xl font-bold">{t("examiner.title")}</h1>
      <p className="text-slate-600">{t("staff.noSessions")}</p>
    </div>
  );
}

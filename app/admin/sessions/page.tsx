import Link from "next/link";
import { requirePageUser } from "@/server/auth/session";
import { getTranslator } from "@/server/i18n";
import { SessionListFilterSchema, listSessions } from "@/server/sessions/list-sessions";
import { SessionList } from "@/ui/sessions/session-list";

// Admin only: sessions by day (Asia/Shanghai), with their status.
export default async function SessionsPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  await requirePageUser({ roles: ["ADMIN"], returnTo: "/admin/sessions" });
  const { t, locale } = await getTranslator();
  const raw = Object.fromEntries(Object.entries(await searchParams).filter(([, v]) => v));
  const parsed = SessionListFilterSchema.safeParse(raw);
  const filter = parsed.success ? parsed.data : {};
  const sessions = await listSessions(filter);
  const link = "rounded border border-slate-300 px-3 py-1.5 hover:bg-slate-100";
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{t("sessions.title")}</h1>
      <p>{t("sessions.intro")}</p>
      <div className="flex flex-wrap gap-2">
        <Link href="/admin/sessions/new" className="rounded bg-blue-700 px-3 py-1.5 text-white hover:bg-blue-800">
          {t("sessions.new")}
        </Link>
        <Link href="/admin/sessions/cohort" className={link}>
          {t("sessions.cohort")}
        </Link>
        <Link href="/admin/rooms" className={link}>
          {t("sessions.roomsLink")}
        </Link>
        <Link href="/admin/sessions/relations" className={link}>
          {t("sessions.relationsLink")}
        </Link>
      </div>
      <SessionList sessions={sessions} filter={filter} t={t} locale={locale} />
    </div>
  );
}

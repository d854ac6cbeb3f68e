import Link from "next/link";
import { requirePageUser } from "@/server/auth/session";
import { formatShanghai } from "@/server/format";
import { getTranslator } from "@/server/i18n";
import { listResultSessions } from "@/server/results/session-results";

export default async function ResultsHome() {
  await requirePageUser({ roles: ["ADMIN"], returnTo: "/admin/results" });
  const { t, locale } = await getTranslator();
  const sessions = await listResultSessions();
  return (
    <div className="space-y-3">
      <h1 className="text-2xl font-bold">{t("results.admin.title")}</h1>
      <ul className="space-y-1">
        {sessions.map((s) => (
          <li key={s.id}>
            <Link href={`/admin/results/${s.id}`} className="text-blue-700 underline">
              {s.name}
            </Link>{" "}
            {formatShanghai(s.startsAt, locale)} ·{" "}
            {s.resultsReleasedAt ? t("results.admin.released", { time: formatShanghai(s.resultsReleasedAt, locale) }) : t("results.admin.notReleased")}
          </li>
        ))}
      </ul>
    </div>
  );
}

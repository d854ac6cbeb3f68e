import Link from "next/link";
import { requirePageUser } from "@/server/auth/session";
import { listProctorSessions } from "@/server/exam/proctor";
import { formatShanghai } from "@/server/format";
import { getTranslator } from "@/server/i18n";

export default async function ProctorHome() {
  const user = await requirePageUser({ roles: ["PROCTOR"], returnTo: "/proctor" });
  const { t, locale } = await getTranslator();
  const sessions = await listProctorSessions(user);
  return (
    <div className="space-y-3">
      <h1 className="text-2xl font-bold">{t("proctor.title")}</h1>
      <h2 className="text-xl font-semibold">{t("proctor.sessions")}</h2>
      {sessions.length === 0 ? (
        <p className="text-slate-600">{t("proctor.noSessions")}</p>
      ) : (
        <ul className="list-disc pl-6">
          {sessions.map((s) => (
            <li key={s.id}>
              <Link href={`/proctor/sessions/${s.id}`} className="text-blue-700 underline">
                {s.name}
              </Link>{" "}
              {formatShanghai(s.startsAt, locale)}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

import Link from "next/link";
import { requirePageUser } from "@/server/auth/session";
import { formatShanghai } from "@/server/format";
import { getTranslator } from "@/server/i18n";
import { listExaminerSessions } from "@/server/results/skill-panel";

export default async function ExaminerHome() {
  const user = await requirePageUser({ roles: ["EXAMINER"], returnTo: "/examiner" });
  const { t, locale } = await getTranslator();
  const sessions = await listExaminerSessions(user);
  return (
    <div className="space-y-3">
      <h1 className="text-2xl font-bold">{t("examiner.title")}</h1>
      <h2 className="text-xl font-semibold">{t("results.examiner.sessions")}</h2>
      {sessions.length === 0 ? (
        <p className="text-slate-600">{t("results.examiner.none")}</p>
      ) : (
        <ul className="list-disc pl-6">
          {sessions.map((s) => (
            <li key={s.id}>
              <Link href={`/examiner/sessions/${s.id}`} className="text-blue-700 underline">
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

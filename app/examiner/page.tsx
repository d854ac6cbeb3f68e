import Link from "next/link";
import { requirePageUser } from "@/server/auth/session";
import { formatShanghai } from "@/server/format";
import { getTranslator } from "@/server/i18n";
import { listExaminerSessions } from "@/server/results/skill-panel";
import { SessionLinks } from "@/ui/session-links";

export default async function ExaminerHome() {
  const user = await requirePageUser({ roles: ["EXAMINER"], returnTo: "/examiner" });
  const { t, locale } = await getTranslator();
  const sessions = await listExaminerSessions(user);
  return (
    <div className="space-y-4">
      <SessionLinks
        title={t("examiner.title")}
        heading={t("results.examiner.sessions")}
        empty={t("results.examiner.none")}
        sessions={sessions}
        href={(id) => `/examiner/sessions/${id}`}
        when={(d) => formatShanghai(d, locale)}
      />
      <p>
        <Link className="text-blue-700 underline" href="/examiner/reviews">
          {t("review.mine.title")}
        </Link>
      </p>
    </div>
  );
}

import { requirePageUser } from "@/server/auth/session";
import { listProctorSessions } from "@/server/exam/proctor";
import { formatShanghai } from "@/server/format";
import { getTranslator } from "@/server/i18n";
import { SessionLinks } from "@/ui/session-links";

export default async function ProctorHome() {
  const user = await requirePageUser({ roles: ["PROCTOR"], returnTo: "/proctor" });
  const { t, locale } = await getTranslator();
  const sessions = await listProctorSessions(user);
  return (
    <SessionLinks
      title={t("proctor.title")}
      heading={t("proctor.sessions")}
      empty={t("proctor.noSessions")}
      sessions={sessions}
      href={(id) => `/proctor/sessions/${id}`}
      when={(d) => formatShanghai(d, locale)}
    />
  );
}

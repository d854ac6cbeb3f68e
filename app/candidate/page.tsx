import { requirePageUser } from "@/server/auth/session";
import { getOwnCandidate } from "@/server/candidates/get-own-candidate";
import { getTranslator } from "@/server/i18n";

export default async function CandidateHome() {
  const user = await requirePageUser({ roles: ["CANDIDATE"], returnTo: "/candidate" });
  const { t } = await getTranslator();
  const c = await getOwnCandidate({ userId: user.id });
  return (
    <div className="space-y-3">
      <h1 className="text-2xl font-bold">{t("candidate.home.title")}</h1>
      <p className="text-lg">{c.name}</p>
      <p>{t("candidate.home.ticket", { ticket: c.ticketNumber })}</p>
      <p>
        {t("candidate.home.application", {
          level: t(`standard.level.${c.level as "5" | "4"}`),
          track: t(`standard.track.${c.track as "online-merchant" | "cross-border"}`),
        })}
      </p>
      <p>{t("candidate.home.status", { status: t(`eligibility.status.${c.eligibilityStatus}`) })}</p>
      <p className="text-slate-600">{t("candidate.home.noSessions")}</p>
    </div>
  );
}

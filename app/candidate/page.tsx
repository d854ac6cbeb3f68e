import Link from "next/link";
import { requirePageUser } from "@/server/auth/session";
import { getOwnCandidate } from "@/server/candidates/get-own-candidate";
import { listMySessions } from "@/server/exam/candidate-sessions";
import { formatShanghai } from "@/server/format";
import { getTranslator } from "@/server/i18n";

export default async function CandidateHome() {
  const user = await requirePageUser({ roles: ["CANDIDATE"], returnTo: "/candidate" });
  const { t, locale } = await getTranslator();
  const c = await getOwnCandidate({ userId: user.id });
  const sessions = user.candidateId ? await listMySessions({ candidateId: user.candidateId }) : [];
  return (
    <div className="space-y-4">
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
      <h2 className="text-xl font-semibold">{t("exam.mySessions")}</h2>
      {sessions.length === 0 ? (
        <p className="text-slate-600">{t("candidate.home.noSessions")}</p>
      ) : (
        <table className="w-full border-collapse text-sm">
          <caption className="sr-only">{t("exam.mySessions")}</caption>
          <thead>
            <tr className="bg-slate-100 text-left">
              {(["session", "time", "room", "status"] as const).map((k) => (
                <th key={k} scope="col" className="border px-2 py-1">
                  {t(`exam.col.${k}`)}
                </th>
              ))}
              <th scope="col" className="border px-2 py-1">
                <span className="sr-only">{t("exam.enter")}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {sessions.map((s) => (
              <tr key={s.sessionId}>
                <td className="border px-2 py-1">{s.name}</td>
                <td className="border px-2 py-1">
                  {formatShanghai(s.startsAt, locale)}（{s.minutes}′）
                </td>
                <td className="border px-2 py-1">
                  {s.room} · {s.seat}
                </td>
                <td className="border px-2 py-1">{t(`exam.status.${s.attemptStatus ?? "none"}`)}</td>
                <td className="border px-2 py-1">
                  {s.mode === "theory" && (
                    <Link href={`/exam/${s.sessionId}`} className="text-blue-700 underline">
                      {t("exam.enter")}
                    </Link>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}

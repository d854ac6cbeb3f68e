import Link from "next/link";
import { notFound } from "next/navigation";
import { requirePageUser } from "@/server/auth/session";
import { getWaitingRoom } from "@/server/exam/candidate-sessions";
import { toAppError } from "@/server/errors";
import { formatShanghai } from "@/server/format";
import { getTranslator } from "@/server/i18n";
import { WaitingLive } from "@/ui/exam/waiting-live";

export const dynamic = "force-dynamic";

// Candidate only, their own seat: the waiting room.
export default async function WaitingRoom({ params }: { params: Promise<{ sessionId: string }> }) {
  const { sessionId } = await params;
  const user = await requirePageUser({ roles: ["CANDIDATE"], returnTo: `/exam/${sessionId}` });
  if (!user.candidateId) notFound();
  const { t, locale } = await getTranslator();
  const w = await getWaitingRoom({ candidateId: user.candidateId, sessionId }).catch((e: unknown) => {
    if (toAppError(e).code === "NOT_FOUND") notFound();
    throw e;
  });
  const a = w.attempt;
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{t("exam.waiting.title", { name: w.session.name })}</h1>
      <p>{t("exam.waiting.info", { room: w.room, seat: w.seat, time: formatShanghai(w.session.startsAt, locale), minutes: w.session.minutes })}</p>
      <p>{w.paperReady ? t("exam.waiting.paperReady") : t("exam.waiting.notReady")}</p>
      <p className="text-sm text-slate-700">{t(w.session.mode === "skill" ? "skill.rules" : "exam.rules")}</p>
      {a?.status === "submitted" ? (
        <p role="status">{t("exam.submittedAlready")}</p>
      ) : a ? (
        <Link href={`/exam/attempt/${a.id}`} className="inline-block rounded bg-blue-700 px-5 py-2 text-lg text-white">
          {t("exam.continue")}
        </Link>
      ) : (
        <WaitingLive
          sessionId={sessionId}
          secondsToStart={(w.session.startsAt.getTime() - w.serverNow.getTime()) / 1000}
          canStart={w.start.ok}
          reason={w.start.ok ? null : t(`exam.waiting.reason.${w.start.reason}`)}
          roomState={w.roomOpenedAt ? t("exam.live.roomOpen", { time: formatShanghai(w.roomOpenedAt, locale) }) : t("exam.live.roomClosed")}
          labels={{
            countdown: t("exam.live.countdown"),
            started: t("exam.live.started"),
            room: t("exam.live.room"),
            ready: t("exam.live.ready"),
            auto: t("exam.live.auto"),
            start: t("exam.start"),
          }}
        />
      )}
    </div>
  );
}

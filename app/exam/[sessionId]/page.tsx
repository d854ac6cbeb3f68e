import Link from "next/link";
import { notFound } from "next/navigation";
import { requirePageUser } from "@/server/auth/session";
import { getWaitingRoom } from "@/server/exam/candidate-sessions";
import { toAppError } from "@/server/errors";
import { formatShanghai } from "@/server/format";
import { getTranslator } from "@/server/i18n";
import { StartButton } from "@/ui/exam/start-button";

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
      <p className="text-sm text-slate-700">{t("exam.rules")}</p>
      {a?.status === "submitted" ? (
        <p role="status">{t("exam.submittedAlready")}</p>
      ) : a ? (
        <Link href={`/exam/attempt/${a.id}`} className="inline-block rounded bg-blue-700 px-5 py-2 text-lg text-white">
          {t("exam.continue")}
        </Link>
      ) : (
        <>
          {!w.start.ok && <p role="status">{t(`exam.waiting.reason.${w.start.reason}`)}</p>}
          <StartButton sessionId={sessionId} label={t("exam.start")} disabled={!w.start.ok} />
          <p>
            <Link href={`/exam/${sessionId}`} className="text-blue-700 underline">
              {t("exam.waiting.refresh")}
            </Link>
          </p>
        </>
      )}
    </div>
  );
}

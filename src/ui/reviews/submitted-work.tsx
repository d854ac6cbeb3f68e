import type { Translate } from "@/i18n";

/**
 * THE PLACE WHERE THE CANDIDATE'S SUBMITTED WORK IS SHOWN in a skill review (成绩复核).
 * Skill delivery (submitted files, anonymous codes, the work viewer) is built separately; until it
 * is connected here, this says so. Connect it by rendering the work viewer for
 * (sessionId, candidateId, taskVersionId) in place of the notice — the reviewer is authorized by
 * the review (src/server/reviews/review-access.ts), not by the session's panel.
 */
export function SubmittedWork({ t, sessionId, candidateId, taskVersionId }: { t: Translate; sessionId: string; candidateId: string; taskVersionId: string }) {
  return (
    <div className="rounded border border-dashed border-slate-400 bg-slate-50 p-2 text-sm" data-submitted-work={`${sessionId}:${candidateId}:${taskVersionId}`}>
      <p className="font-medium">{t("review.work.title")}</p>
      <p className="text-slate-600">{t("review.work.pending")}</p>
    </div>
  );
}

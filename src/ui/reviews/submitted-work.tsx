import type { Translate } from "@/i18n";
import { loadSubmittedWork } from "@/server/skill/examiner/submitted-work";
import { WorkView } from "../examiner/work-view";

/**
 * The candidate's submitted work in a skill review (成绩复核): the same viewer as the examiners'
 * scoring page. The reviewer is authorized by the review (src/server/reviews/review-access.ts)
 * for this page, and by src/server/skill/examiner/file-access.ts for each file.
 */
export async function SubmittedWork({ t, sessionId, candidateId, taskVersionId }: { t: Translate; sessionId: string; candidateId: string; taskVersionId: string }) {
  const work = await loadSubmittedWork({ sessionId, candidateId, taskVersionId });
  return (
    <div className="rounded border border-slate-300 p-2 text-sm">
      <WorkView t={t} work={work} fileUrl={(id) => `/api/examiner/sessions/${sessionId}/files/${id}`} />
    </div>
  );
}

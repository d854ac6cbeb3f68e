import { noStore, requireCandidate } from "@/server/exam/http";
import { withErrors } from "@/server/http";
import { removeSubmissionFile } from "@/server/skill/attempt/save-deliverable";

// Candidate only, their own skill attempt, while it accepts work: remove a handed-in file (kept in storage, marked replaced).
export const DELETE = withErrors(async (_request: Request, context: { params: Promise<{ attemptId: string; submissionFileId: string }> }) => {
  const { candidateId } = await requireCandidate();
  const { attemptId, submissionFileId } = await context.params;
  return noStore(await removeSubmissionFile({ attemptId, candidateId, submissionFileId }));
});

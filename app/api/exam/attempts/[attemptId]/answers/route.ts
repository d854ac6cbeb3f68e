import { saveAnswer } from "@/server/exam/save-answer";
import { noStore, requireCandidateFromToken } from "@/server/exam/http";
import { withErrors } from "@/server/http";

// Candidate only (identity from the signed session token), their own attempt: one answer,
// idempotent by sequence number.
export const POST = withErrors(async (request: Request, context: { params: Promise<{ attemptId: string }> }) => {
  const { candidateId, userId, sessionVersion } = await requireCandidateFromToken();
  const { attemptId } = await context.params;
  return noStore(await saveAnswer({ attemptId, candidateId, userId, sessionVersion, input: await request.json() }));
});

import { saveAnswer } from "@/server/exam/save-answer";
import { noStore, requireCandidate } from "@/server/exam/http";
import { withErrors } from "@/server/http";

// Candidate only, their own attempt: one answer, idempotent by sequence number.
export const POST = withErrors(async (request: Request, context: { params: Promise<{ attemptId: string }> }) => {
  const { candidateId } = await requireCandidate();
  const { attemptId } = await context.params;
  return noStore(await saveAnswer({ attemptId, candidateId, input: await request.json() }));
});

import { submitAttempt } from "@/server/exam/submit-attempt";
import { noStore, requireCandidate } from "@/server/exam/http";
import { withErrors } from "@/server/http";

// Candidate only, their own attempt.
export const POST = withErrors(async (_request: Request, context: { params: Promise<{ attemptId: string }> }) => {
  const { candidateId } = await requireCandidate();
  const { attemptId } = await context.params;
  return noStore(await submitAttempt({ attemptId, candidateId }));
});

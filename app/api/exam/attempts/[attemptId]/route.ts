import { getAttemptForCandidate } from "@/server/exam/get-attempt";
import { noStore, requireCandidate } from "@/server/exam/http";
import { withErrors } from "@/server/http";

// Candidate only, their own attempt (another's is 404).
export const GET = withErrors(async (_request: Request, context: { params: Promise<{ attemptId: string }> }) => {
  const { candidateId } = await requireCandidate();
  const { attemptId } = await context.params;
  return noStore(await getAttemptForCandidate({ attemptId, candidateId }));
});

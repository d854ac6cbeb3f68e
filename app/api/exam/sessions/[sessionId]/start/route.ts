import { startAttempt } from "@/server/exam/start-attempt";
import { noStore, requireCandidate } from "@/server/exam/http";
import { withErrors } from "@/server/http";

// Candidate only, for their own seat in the session.
export const POST = withErrors(async (_request: Request, context: { params: Promise<{ sessionId: string }> }) => {
  const { candidateId } = await requireCandidate();
  const { sessionId } = await context.params;
  return noStore(await startAttempt({ candidateId, sessionId }));
});

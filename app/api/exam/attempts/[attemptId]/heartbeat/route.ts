import { heartbeat } from "@/server/exam/submit-attempt";
import { noStore, requireCandidate } from "@/server/exam/http";
import { withErrors } from "@/server/http";

// Candidate only, their own attempt: presence for the proctor and the server's time left.
export const POST = withErrors(async (_request: Request, context: { params: Promise<{ attemptId: string }> }) => {
  const { candidateId } = await requireCandidate();
  const { attemptId } = await context.params;
  return noStore(await heartbeat({ attemptId, candidateId }));
});

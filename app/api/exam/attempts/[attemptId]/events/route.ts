import { recordCandidateEvent } from "@/server/exam/submit-attempt";
import { noStore, requireCandidate } from "@/server/exam/http";
import { withErrors } from "@/server/http";

// Candidate only, their own attempt: focus lost, full screen left, copy/paste (for the proctor).
export const POST = withErrors(async (request: Request, context: { params: Promise<{ attemptId: string }> }) => {
  const { candidateId } = await requireCandidate();
  const { attemptId } = await context.params;
  return noStore(await recordCandidateEvent({ attemptId, candidateId, input: await request.json() }));
});

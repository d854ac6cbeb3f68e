import { noStore, requireCandidate } from "@/server/exam/http";
import { readCappedJson } from "@/server/exam/read-capped-json";
import { EVENT_LIMITS, recordCandidateEvent } from "@/server/exam/submit-attempt";
import { withErrors } from "@/server/http";

// Candidate only, their own attempt: focus lost, full screen left, copy/paste (for the proctor).
// The body is capped and the rate limited (EVENT_LIMITS).
export const POST = withErrors(async (request: Request, context: { params: Promise<{ attemptId: string }> }) => {
  const { candidateId } = await requireCandidate();
  const { attemptId } = await context.params;
  const input = await readCappedJson(request, EVENT_LIMITS.maxBodyBytes);
  return noStore(await recordCandidateEvent({ attemptId, candidateId, input }));
});

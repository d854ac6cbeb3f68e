import { noStore, requireCandidate } from "@/server/exam/http";
import { withErrors } from "@/server/http";
import { saveDeliverable } from "@/server/skill/attempt/save-deliverable";

// Candidate only, their own skill attempt: one text or fields deliverable, idempotent by sequence number.
export const POST = withErrors(async (request: Request, context: { params: Promise<{ attemptId: string }> }) => {
  const { candidateId } = await requireCandidate();
  const { attemptId } = await context.params;
  return noStore(await saveDeliverable({ attemptId, candidateId, input: await request.json() }));
});

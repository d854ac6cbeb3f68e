import { noStore, requireCandidate } from "@/server/exam/http";
import { readCappedJson } from "@/server/exam/read-capped-json";
import { withErrors } from "@/server/http";
import { SAVE_DELIVERABLE_MAX_BODY_BYTES, saveDeliverable } from "@/server/skill/attempt/save-deliverable";

// Candidate only, their own skill attempt: one text or fields deliverable, idempotent by sequence number.
// The body is capped (SAVE_DELIVERABLE_MAX_BODY_BYTES): a larger one is refused unread, 422 in Chinese.
export const POST = withErrors(async (request: Request, context: { params: Promise<{ attemptId: string }> }) => {
  const { candidateId } = await requireCandidate();
  const { attemptId } = await context.params;
  const input = await readCappedJson(request, SAVE_DELIVERABLE_MAX_BODY_BYTES);
  return noStore(await saveDeliverable({ attemptId, candidateId, input }));
});

import { noStore, requireCandidate } from "@/server/exam/http";
import { withErrors } from "@/server/http";
import { saveMockAnswer } from "@/server/practice/save-mock-answer";

// Candidate only (the full session check, revocation included), their own mock exam: one answer,
// idempotent by sequence number, refused after the deadline.
export const POST = withErrors(async (request: Request, context: { params: Promise<{ mockId: string }> }) => {
  const { candidateId, userId } = await requireCandidate();
  const { mockId } = await context.params;
  return noStore(await saveMockAnswer({ mockId, candidateId, userId, input: await request.json() }));
});

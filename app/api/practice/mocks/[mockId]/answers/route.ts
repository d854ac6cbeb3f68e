import { noStore, requireCandidateFromToken } from "@/server/exam/http";
import { withErrors } from "@/server/http";
import { saveMockAnswer } from "@/server/practice/save-mock-answer";

// Candidate only (identity from the signed session token), their own mock exam: one answer,
// idempotent by sequence number, refused after the deadline.
export const POST = withErrors(async (request: Request, context: { params: Promise<{ mockId: string }> }) => {
  const { candidateId, userId } = await requireCandidateFromToken();
  const { mockId } = await context.params;
  return noStore(await saveMockAnswer({ mockId, candidateId, userId, input: await request.json() }));
});

import { noStore, requireCandidateFromToken } from "@/server/exam/http";
import { withErrors } from "@/server/http";
import { answerPractice } from "@/server/practice/answer-practice";

// Candidate only (identity from the signed session token), their own drill: one answer, recorded
// once, with the key and the explanation in the response. The launcher's front server serves the
// same service on this path (src/server/practice/fast-answer.ts).
export const POST = withErrors(async (request: Request, context: { params: Promise<{ drillId: string }> }) => {
  const { candidateId, userId, sessionVersion } = await requireCandidateFromToken();
  const { drillId } = await context.params;
  return noStore(await answerPractice({ drillId, candidateId, userId, sessionVersion, input: await request.json() }));
});

import { noStore, requireCandidate } from "@/server/exam/http";
import { withErrors } from "@/server/http";
import { getSkillAttemptForCandidate } from "@/server/skill/attempt/get-skill-attempt";

// Candidate only, their own skill attempt (another's is 404).
export const GET = withErrors(async (_request: Request, context: { params: Promise<{ attemptId: string }> }) => {
  const { candidateId } = await requireCandidate();
  const { attemptId } = await context.params;
  return noStore(await getSkillAttemptForCandidate({ attemptId, candidateId }));
});

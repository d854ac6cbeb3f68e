import { noStore, requireCandidate } from "@/server/exam/http";
import { withErrors } from "@/server/http";
import { submitSkillAttempt } from "@/server/skill/attempt/submit-skill";

// Candidate only, their own skill attempt: submit, then the automatic checks run.
export const POST = withErrors(async (_request: Request, context: { params: Promise<{ attemptId: string }> }) => {
  const { candidateId } = await requireCandidate();
  const { attemptId } = await context.params;
  return noStore(await submitSkillAttempt({ attemptId, candidateId }));
});

import { noStore, requireCandidate } from "@/server/exam/http";
import { withErrors } from "@/server/http";
import { submitMock } from "@/server/practice/finish-mock";

// Candidate only, their own mock exam: submit and score it (idempotent).
export const POST = withErrors(async (_request: Request, context: { params: Promise<{ mockId: string }> }) => {
  const { candidateId } = await requireCandidate();
  const { mockId } = await context.params;
  await submitMock({ mockId, candidateId });
  return noStore({ submitted: true });
});

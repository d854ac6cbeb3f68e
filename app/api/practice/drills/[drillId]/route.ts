import { noStore, requireCandidate } from "@/server/exam/http";
import { withErrors } from "@/server/http";
import { getDrill } from "@/server/practice/get-drill";

// Candidate only, their own drill: items without keys; keys only for recorded answers.
export const GET = withErrors(async (_request: Request, context: { params: Promise<{ drillId: string }> }) => {
  const { candidateId } = await requireCandidate();
  const { drillId } = await context.params;
  return noStore(await getDrill({ drillId, candidateId }));
});

import { noStore, requireCandidate } from "@/server/exam/http";
import { withErrors } from "@/server/http";
import { getMock } from "@/server/practice/get-mock";

// Candidate only, their own mock exam: the paper in their order and the server's remaining time;
// keys only once it is submitted. Also the heartbeat that re-syncs the countdown.
export const GET = withErrors(async (_request: Request, context: { params: Promise<{ mockId: string }> }) => {
  const { candidateId } = await requireCandidate();
  const { mockId } = await context.params;
  return noStore(await getMock({ mockId, candidateId }));
});

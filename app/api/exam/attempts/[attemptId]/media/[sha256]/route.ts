import { requireCandidate } from "@/server/exam/http";
import { withErrors } from "@/server/http";
import { mediaResponse, readItemMedia } from "@/server/media/read-item-media";

// Candidate only: an image of an item on the paper of their own attempt (anything else is 404).
export const GET = withErrors(async (_request: Request, context: { params: Promise<{ attemptId: string; sha256: string }> }) => {
  const { candidateId } = await requireCandidate();
  const { attemptId, sha256 } = await context.params;
  return mediaResponse(await readItemMedia({ sha256, viewer: { kind: "candidate", candidateId, attemptId } }));
});

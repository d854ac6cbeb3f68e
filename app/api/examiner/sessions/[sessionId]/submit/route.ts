import { requireApiUser } from "@/server/auth/session";
import { noStore } from "@/server/exam/http";
import { withErrors } from "@/server/http";
import { sheetRefOf } from "@/server/results/http";
import { submitSheet } from "@/server/results/skill-panel";

// Examiners of the session's panel: submit their sheet for a candidate's task.
export const POST = withErrors(async (request: Request, context: { params: Promise<{ sessionId: string }> }) => {
  const caller = await requireApiUser({ roles: ["EXAMINER"] });
  const { sessionId } = await context.params;
  return noStore(await submitSheet({ caller, sessionId, ...(await sheetRefOf(sessionId, await request.json())) }));
});

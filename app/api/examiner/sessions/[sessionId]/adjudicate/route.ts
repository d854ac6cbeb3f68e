import { requireApiUser } from "@/server/auth/session";
import { noStore } from "@/server/exam/http";
import { withErrors } from "@/server/http";
import { sheetRefOf } from "@/server/results/http";
import { adjudicate } from "@/server/results/skill-panel";

// The chief examiner of the session: the final score of a task sent to adjudication.
export const POST = withErrors(async (request: Request, context: { params: Promise<{ sessionId: string }> }) => {
  const caller = await requireApiUser({ roles: ["EXAMINER"] });
  const { sessionId } = await context.params;
  const body = (await request.json()) as Record<string, unknown>;
  return noStore(await adjudicate({ caller, sessionId, ...(await sheetRefOf(sessionId, body)), input: body }));
});

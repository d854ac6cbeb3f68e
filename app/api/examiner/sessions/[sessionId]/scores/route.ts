import { requireApiUser } from "@/server/auth/session";
import { noStore } from "@/server/exam/http";
import { withErrors } from "@/server/http";
import { sheetRefOf } from "@/server/results/http";
import { saveCriterionScore } from "@/server/results/skill-panel";

// Examiners of the session's panel: save one criterion score (idempotent by sequence number).
export const POST = withErrors(async (request: Request, context: { params: Promise<{ sessionId: string }> }) => {
  const caller = await requireApiUser({ roles: ["EXAMINER"] });
  const { sessionId } = await context.params;
  const body = (await request.json()) as Record<string, unknown>;
  const ref = await sheetRefOf(sessionId, body);
  return noStore(await saveCriterionScore({ caller, sessionId, ...ref, input: body }));
});

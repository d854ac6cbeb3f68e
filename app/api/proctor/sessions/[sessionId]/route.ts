import { requireApiUser } from "@/server/auth/session";
import { noStore } from "@/server/exam/http";
import { getProctorConsole } from "@/server/exam/proctor";
import { withErrors } from "@/server/http";

// Proctors assigned to the session (and admins): live progress of their rooms.
export const GET = withErrors(async (_request: Request, context: { params: Promise<{ sessionId: string }> }) => {
  const caller = await requireApiUser({ roles: ["PROCTOR", "ADMIN"] });
  const { sessionId } = await context.params;
  return noStore(await getProctorConsole({ caller, sessionId }));
});

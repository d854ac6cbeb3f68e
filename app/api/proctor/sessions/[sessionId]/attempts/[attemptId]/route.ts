import { requireApiUser } from "@/server/auth/session";
import { noStore } from "@/server/exam/http";
import { proctorAct } from "@/server/exam/proctor";
import { listAttemptEvents } from "@/server/exam/proctor-events";
import { withErrors } from "@/server/http";

// Proctors of the candidate's room (and admins): extra time, pause/resume, irregularity, end.
export const POST = withErrors(async (request: Request, context: { params: Promise<{ sessionId: string; attemptId: string }> }) => {
  const caller = await requireApiUser({ roles: ["PROCTOR", "ADMIN"] });
  const { sessionId, attemptId } = await context.params;
  return noStore(await proctorAct({ caller, sessionId, attemptId, input: await request.json() }));
});

// Proctors of the candidate's room (and admins): the attempt's events, oldest first.
export const GET = withErrors(async (_request: Request, context: { params: Promise<{ sessionId: string; attemptId: string }> }) => {
  const caller = await requireApiUser({ roles: ["PROCTOR", "ADMIN"] });
  const { sessionId, attemptId } = await context.params;
  return noStore(await listAttemptEvents({ caller, sessionId, attemptId }));
});

import { requireApiUser } from "@/server/auth/session";
import { noStore } from "@/server/exam/http";
import { openRoom } from "@/server/exam/proctor";
import { withErrors } from "@/server/http";

// Proctors of that room (and admins): open (start) the session in the room.
export const POST = withErrors(async (_request: Request, context: { params: Promise<{ sessionId: string; sessionRoomId: string }> }) => {
  const caller = await requireApiUser({ roles: ["PROCTOR", "ADMIN"] });
  const { sessionId, sessionRoomId } = await context.params;
  return noStore(await openRoom({ caller, sessionId, sessionRoomId }));
});

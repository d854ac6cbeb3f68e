import { requireApiUser } from "@/server/auth/session";
import { withErrors } from "@/server/http";
import { fileResponse } from "@/server/skill/examiner/file-response";

// A handed-in file of the session, for its panel's examiners, the assigned skill reviewer and
// admins (404 for anyone else). Shown inline (images, video with byte ranges, PDF) or downloaded.
export const GET = withErrors(async (request: Request, context: { params: Promise<{ sessionId: string; fileId: string }> }) => {
  const caller = await requireApiUser({ roles: ["EXAMINER", "ADMIN"] });
  const { sessionId, fileId } = await context.params;
  return fileResponse({ caller, sessionId, fileId, request });
});

import { requireApiUser } from "@/server/auth/session";
import { authorizeFile, fileResponse } from "@/server/files/file-access";
import { withErrors } from "@/server/http";

// A stored file (material or handed-in work): its candidate, that session's examiners, admins
// (src/server/files/file-access.ts); anyone else 404.
export const GET = withErrors(async (request: Request, context: { params: Promise<{ fileId: string }> }) => {
  const user = await requireApiUser();
  const { fileId } = await context.params;
  return fileResponse(await authorizeFile({ id: user.id, roles: user.roles, candidateId: user.candidateId }, fileId), request);
});

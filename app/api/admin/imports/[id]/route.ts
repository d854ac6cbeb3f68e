import { requireApiUser } from "@/server/auth/session";
import { getImportBatch } from "@/server/candidates/import-roster";
import { withErrors } from "@/server/http";

// Admin only, and only the admin who started the import: its progress.
export const GET = withErrors(async (_request: Request, context: { params: Promise<{ id: string }> }) => {
  const user = await requireApiUser({ roles: ["ADMIN"] });
  const { id } = await context.params;
  const batch = await getImportBatch({ batchId: id, actorId: user.id });
  return Response.json(batch, { headers: { "Cache-Control": "no-store" } });
});

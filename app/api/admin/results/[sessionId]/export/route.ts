import { requireApiUser } from "@/server/auth/session";
import { withErrors } from "@/server/http";
import { exportResults } from "@/server/reports/export-results";

// Admin only: a session's results (or, with ?cohort=1&level=&track=, a cohort's) as XLSX or CSV.
// ?full=1 exports the full ID numbers and is audit-logged. See docs/exports.md.
export const GET = withErrors(async (request: Request, { params }: { params: Promise<{ sessionId: string }> }) => {
  const user = await requireApiUser({ roles: ["ADMIN"] });
  const { sessionId } = await params;
  const query = Object.fromEntries(new URL(request.url).searchParams);
  const file = await exportResults({ actorId: user.id, now: new Date(), sessionId, query });
  return new Response(Buffer.from(file.body), {
    headers: {
      "Content-Type": file.contentType,
      "Content-Disposition": `attachment; filename="${file.asciiName}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
      "Cache-Control": "no-store",
    },
  });
});

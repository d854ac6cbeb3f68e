import { Readable } from "node:stream";
import { requireApiUser } from "@/server/auth/session";
import { withErrors } from "@/server/http";
import { sessionArchive } from "@/server/skill/archive/session-archive";

// Admin only: the session's handed-in work as one ZIP (by code and by ticket, manifest of hashes), streamed.
export const GET = withErrors(async (_request: Request, context: { params: Promise<{ id: string }> }) => {
  await requireApiUser({ roles: ["ADMIN"] });
  const { id } = await context.params;
  const archive = await sessionArchive(id);
  return new Response(Readable.toWeb(Readable.from(archive.stream as AsyncIterable<Buffer>)) as ReadableStream, {
    headers: {
      "Content-Type": "application/zip",
      "Content-Disposition": `attachment; filename="session-archive.zip"; filename*=UTF-8''${encodeURIComponent(archive.fileName)}`,
      "Cache-Control": "no-store",
    },
  });
});

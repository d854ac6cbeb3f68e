import { z } from "zod";
import { requireApiUser } from "@/server/auth/session";
import { printCertificates } from "@/server/certificates/print-certificates";
import { publicBaseUrl } from "@/server/certificates/public-url";
import { withErrors } from "@/server/http";
import { pdfResponse } from "@/server/pdf/response";

const Body = z.object({ batchId: z.string().uuid() }).passthrough();

// Admin only: the certificates matching a filter (level, track, status, year) as one PDF; the
// progress is readable meanwhile at /api/admin/imports/<batchId> (pages done of the total).
export const POST = withErrors(async (request: Request) => {
  const user = await requireApiUser({ roles: ["ADMIN"] });
  const { batchId, ...filter } = Body.parse(await request.json());
  const file = await printCertificates({ actorId: user.id, batchId, filter, baseUrl: publicBaseUrl(request), now: new Date() });
  const response = pdfResponse(file);
  response.headers.set("X-Pages", String(file.pages));
  return response;
});

import { z } from "zod";
import { requireApiUser } from "@/server/auth/session";
import { withErrors } from "@/server/http";
import { getTranslator } from "@/server/i18n";
import { buildAdmissionTickets } from "@/server/pdf/build-admission-tickets";
import { pdfResponse } from "@/server/pdf/response";

const Query = z.object({ candidateId: z.string().min(1).max(64).optional() });

// Admin only: the session's admission tickets (准考证) as a PDF download, one A4 page per
// candidate; ?candidateId= for one candidate. In the caller's locale. See docs/pdf.md.
export const GET = withErrors(async (request: Request, { params }: { params: Promise<{ id: string }> }) => {
  await requireApiUser({ roles: ["ADMIN"] });
  const { id } = await params;
  const { candidateId } = Query.parse(Object.fromEntries(new URL(request.url).searchParams));
  const { locale } = await getTranslator();
  return pdfResponse(await buildAdmissionTickets({ sessionId: id, candidateId, locale, now: new Date() }));
});

import { z } from "zod";
import { requireApiUser } from "@/server/auth/session";
import { withErrors } from "@/server/http";
import { getTranslator } from "@/server/i18n";
import { buildTranscripts } from "@/server/pdf/build-transcripts";
import { pdfResponse } from "@/server/pdf/response";

const Query = z.object({ candidateId: z.string().min(1).max(64).optional() });

// Admin only: transcripts (成绩单) of the session's candidates as a PDF download, one A4 page per
// candidate (masked ID numbers); ?candidateId= for one candidate. See docs/pdf.md.
export const GET = withErrors(async (request: Request, { params }: { params: Promise<{ sessionId: string }> }) => {
  await requireApiUser({ roles: ["ADMIN"] });
  const { sessionId } = await params;
  const { candidateId } = Query.parse(Object.fromEntries(new URL(request.url).searchParams));
  const { locale } = await getTranslator();
  return pdfResponse(await buildTranscripts({ sessionId, candidateId, locale, now: new Date() }));
});

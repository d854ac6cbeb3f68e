import { exportSessionAnalysis } from "@/server/analytics/export-session-analysis";
import { xlsxResponse } from "@/server/analytics/workbook";
import { requireApiUser } from "@/server/auth/session";
import { withErrors } from "@/server/http";

// Admin only: every table of a session's item, test or rater analysis (?view=) as XLSX.
export const GET = withErrors(async (request: Request, { params }: { params: Promise<{ sessionId: string }> }) => {
  await requireApiUser({ roles: ["ADMIN"] });
  const { sessionId } = await params;
  const file = await exportSessionAnalysis({ sessionId, query: Object.fromEntries(new URL(request.url).searchParams) });
  return xlsxResponse(file.body, file.fileName, file.asciiName);
});

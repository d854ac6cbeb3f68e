import { exportItemAnalysis } from "@/server/analytics/export-item-analysis";
import { xlsxResponse } from "@/server/analytics/workbook";
import { requireApiUser } from "@/server/auth/session";
import { withErrors } from "@/server/http";

// Admin only: the tables of an item's statistics across sessions as XLSX.
export const GET = withErrors(async (_request: Request, { params }: { params: Promise<{ itemId: string }> }) => {
  await requireApiUser({ roles: ["ADMIN"] });
  const { itemId } = await params;
  const file = await exportItemAnalysis({ itemId });
  return xlsxResponse(file.body, file.fileName, file.asciiName);
});

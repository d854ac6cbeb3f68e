// Use case: every table of a session's analysis page as one XLSX: items (题目分析 + 选项分析),
// test (试卷分析 + 成绩分布 + 各范围达标率) or raters (评分一致性 + 考评人员严宽度).
import { z } from "zod";
import { distractorSheet, itemSheet, raterSheets, testSheets } from "./analysis-sheets";
import { getRaterAnalysis } from "./get-rater-analysis";
import { getSessionAnalysis } from "./get-session-analysis";
import { buildAnalysisWorkbook } from "./workbook";

export const ExportViewSchema = z.object({ view: z.enum(["items", "test", "raters"]) });

export async function exportSessionAnalysis(options: { sessionId: string; query: unknown }): Promise<{ body: Uint8Array; fileName: string; asciiName: string }> {
  const { view } = ExportViewSchema.parse(options.query);
  if (view === "raters") {
    const a = await getRaterAnalysis({ sessionId: options.sessionId });
    return { body: await buildAnalysisWorkbook(raterSheets([a.overall, ...a.tasks])), fileName: `评分一致性-${a.session.name}.xlsx`, asciiName: "rater-agreement.xlsx" };
  }
  const a = await getSessionAnalysis({ sessionId: options.sessionId });
  if (view === "items") return { body: await buildAnalysisWorkbook([itemSheet(a.papers), distractorSheet(a.papers)]), fileName: `题目分析-${a.session.name}.xlsx`, asciiName: "item-analysis.xlsx" };
  return { body: await buildAnalysisWorkbook(testSheets(a.papers)), fileName: `试卷分析-${a.session.name}.xlsx`, asciiName: "test-analysis.xlsx" };
}

// Use case: the tables of an item's page across sessions as one XLSX (各场次 + 选项分析).
import { distractorRows, itemRow } from "./analysis-sheets";
import { getItemAnalysis } from "./get-item-analysis";
import { buildAnalysisWorkbook } from "./workbook";

export async function exportItemAnalysis(options: { itemId: string }): Promise<{ body: Uint8Array; fileName: string; asciiName: string }> {
  const v = await getItemAnalysis({ itemId: options.itemId });
  const body = await buildAnalysisWorkbook([
    {
      name: "各场次",
      header: ["场次", "试卷", "版本", "题号", "题干", "题型", "考核范围", "作答人数", "难度（得分率）", "标准差", "区分度指数", "区分效率", "有效权重", "高低分组指数", "标记", "待复核"],
      rows: [
        ...v.sessions.map((r) => [r.sessionName, r.paperName, r.item.version, ...itemRow(r.item)]),
        ["合计（按作答人数加权）", "", null, null, "", "", "", v.pooled.n, { figure: v.pooled.facility, numFmt: "0.0000" }, null, { figure: v.pooled.discriminationIndex, numFmt: "0.00" }, null, null, null, "", ""],
      ],
      widths: [24, 24, 6, 6, 40],
    },
    { name: "选项分析", header: ["场次", "题号", "选项", "选项内容", "答案", "选择人数", "比例", "高分组", "低分组", "高低分组人数", "说明"], rows: v.sessions.flatMap((r) => distractorRows(r.item).map((row) => [r.sessionName, ...row])), widths: [24] },
  ]);
  return { body, fileName: `题目统计-${v.item.stem.slice(0, 20)}.xlsx`, asciiName: "item-statistics.xlsx" };
}

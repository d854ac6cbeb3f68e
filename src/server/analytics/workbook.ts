// XLSX of analysis tables (exceljs): one sheet per table, a bold frozen header, numbers as
// numbers, an undefined figure as the text "无法计算：<reason>" (never 0). Text is written as
// string cells through the platform's one export guard (src/server/sheets/write-safe.ts: text that
// a spreadsheet would run as a formula keeps the Text format), so no cell can run as a formula.
import ExcelJS from "exceljs";
import type { Figure } from "@/grading/analytics";
import { translate } from "@/i18n";
import { xlsxBytes } from "@/server/sheets/write-safe";

export type XCell = string | number | null | { figure: Figure; numFmt?: string; scale?: number };
export type XSheet = { name: string; header: string[]; rows: XCell[][]; widths?: number[] };

/** The zh-CN text of an undefined figure's reason. */
export const reasonLabel = (f: Figure): string => (f.reason ? `${translate("zh-CN", "analytics.undefined")}：${translate("zh-CN", `analytics.reason.${f.reason}`)}` : "");

export async function buildAnalysisWorkbook(sheets: readonly XSheet[]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name.slice(0, 31), { views: [{ state: "frozen", ySplit: 1 }] });
    ws.addRow(s.header).font = { bold: true };
    for (const r of s.rows) {
      const row = ws.addRow(
        r.map((c) => {
          if (c === null || typeof c === "number") return c;
          if (typeof c === "string") return c;
          return c.figure.value === null ? reasonLabel(c.figure) : c.figure.value * (c.scale ?? 1);
        }),
      );
      r.forEach((c, i) => {
        if (c !== null && typeof c === "object" && c.figure.value !== null && c.numFmt) row.getCell(i + 1).numFmt = c.numFmt;
      });
    }
    s.header.forEach((h, i) => (ws.getColumn(i + 1).width = s.widths?.[i] ?? Math.max(10, Math.min(40, h.length * 2 + 4))));
  }
  return xlsxBytes(wb);
}

export const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** A download response for a workbook (Chinese file name with an ASCII fallback). */
export function xlsxResponse(body: Uint8Array, fileName: string, asciiName: string): Response {
  const safe = fileName.replace(/[\\/:*?"<>|\r\n]/g, "_");
  return new Response(Buffer.from(body), {
    headers: {
      "Content-Type": XLSX_TYPE,
      "Content-Disposition": `attachment; filename="${asciiName}"; filename*=UTF-8''${encodeURIComponent(safe)}`,
      "Cache-Control": "no-store",
    },
  });
}

// The downloadable roster template (考生名单模板), XLSX and CSV. Pure: returns bytes.
import ExcelJS from "exceljs";
import { toCsv, xlsxBytes } from "../sheets/write-safe";
import { ROSTER_COLUMNS, type RosterColumnKey } from "./columns";
import { exampleRowCells } from "./examples";

export const TEMPLATE_SHEET_NAME = "考生名单";
export const TEMPLATE_NOTES_SHEET_NAME = "说明";

/** Rows below the header that get drop-down lists and text format. */
const PREPARED_ROWS = 1000;

const CHOICES: Partial<Record<RosterColumnKey, string>> = {
  gender: "男,女",
  track: "网商,跨境电子商务师",
  level: "五级/初级工,四级/中级工",
  apprenticeshipCompleted: "是,否",
  level5CertificateHeld: "是,否",
  schoolKind: "技工学校,经评估的中等及以上职业学校,其他",
  graduated: "是,否",
};
const TEXT_COLUMNS: ReadonlySet<RosterColumnKey> = new Set(["idNumber", "phone", "graduationYear"]);

function columnLetter(n: number): string {
  let s = "";
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}

/**
 * Sheet 1 "考生名单": the header row (every column) and two example rows, highlighted and named
 * 示例考生一/二, with text format on 身份证号/联系电话 and drop-downs for choice columns.
 * Sheet 2 "说明": each column, whether it is required, and what it accepts.
 */
export async function buildRosterTemplateXlsx(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "skills-assessment";
  wb.created = new Date(Date.UTC(2024, 0, 1));
  wb.modified = wb.created;

  const sheet = wb.addWorksheet(TEMPLATE_SHEET_NAME, { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = ROSTER_COLUMNS.map((c) => ({
    header: c.header,
    key: c.key,
    width: Math.max(10, [...c.header].length * 2 + 2, c.key === "idNumber" ? 22 : 0),
    ...(TEXT_COLUMNS.has(c.key) ? { style: { numFmt: "@" } } : {}),
  }));
  const header = sheet.getRow(1);
  header.font = { bold: true };
  ROSTER_COLUMNS.forEach((c, i) => {
    const cell = header.getCell(i + 1);
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: c.required ? "FFFCE4D6" : "FFEDEDED" } };
    cell.note = `${c.required ? "必填" : "选填"}：${c.accepts}`;
  });

  for (const cells of exampleRowCells()) {
    const row = sheet.addRow(cells);
    row.eachCell({ includeEmpty: true }, (cell) => {
      cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFF2CC" } };
      cell.font = { italic: true, color: { argb: "FF7F6000" } };
    });
    row.getCell(1).note = "示例行：仅供参考，正式导入前请删除";
  }

  ROSTER_COLUMNS.forEach((c, i) => {
    const col = i + 1;
    const choices = CHOICES[c.key];
    for (let r = 2; r <= PREPARED_ROWS + 1; r++) {
      const cell = sheet.getCell(`${columnLetter(col)}${r}`);
      if (TEXT_COLUMNS.has(c.key)) cell.numFmt = "@";
      if (choices)
        cell.dataValidation = {
          type: "list",
          allowBlank: true,
          formulae: [`"${choices}"`],
          showErrorMessage: false,
        };
    }
  });

  const notes = wb.addWorksheet(TEMPLATE_NOTES_SHEET_NAME);
  notes.columns = [
    { header: "列名", key: "header", width: 26 },
    { header: "必填", key: "required", width: 8 },
    { header: "可填写的内容", key: "accepts", width: 80 },
    { header: "也可用的列名", key: "aliases", width: 24 },
  ];
  notes.getRow(1).font = { bold: true };
  for (const c of ROSTER_COLUMNS)
    notes.addRow({ header: c.header, required: c.required ? "必填" : "选填", accepts: c.accepts, aliases: c.aliases.join("、") });
  notes.addRow([]);
  for (const line of TEMPLATE_NOTES) notes.addRow([line]);

  return xlsxBytes(wb);
}

export const TEMPLATE_NOTES: readonly string[] = [
  "1. 第一个工作表“考生名单”的第 1 行是表头，请勿修改列名；不需要的选填列可以删除，列的顺序可以调整，其他列会被忽略。",
  "2. “考生名单”第 2、3 行（黄色，姓名为“示例考生一”“示例考生二”）是示例，正式导入前请删除。",
  "3. 身份证号请按文本填写（本模板已设为文本格式）；若以数字保存，Excel 会丢失后几位。",
  "4. 工作年限按年填写，可带小数，如 1、4.5、6年；从事职业、工作年限、证书和学校信息用于判断申报条件（1.8.1）。",
  "5. 填写了学校类型、所学专业、毕业年份中的任何一项时，三项都必须填写。",
  "6. 也可以上传 CSV 文件（UTF-8 或 Excel 另存的 GBK 编码均可）。",
  "7. 名单中有任何错误时，系统会列出全部错误（行号、列名、原因），默认不会导入任何考生。",
];

/** UTF-8 with BOM (so Excel opens it as UTF-8), CRLF line ends: the header and the two example rows. */
export function buildRosterTemplateCsv(): Uint8Array {
  return toCsv([ROSTER_COLUMNS.map((c) => c.header), ...exampleRowCells()]);
}

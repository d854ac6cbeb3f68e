// Item sheets (XLSX, every worksheet; CSV): finds the header row below any title rows, maps the
// columns by the vocabulary of real templates, takes the type from a 题型 column or from the
// worksheet's name (one sheet per type), and turns every row into an item, a refused row with its
// reasons, or a skipped row (填空/简答 …). Pure: takes the sheets' displayed text.
import type { LevelCode, TrackCode } from "@/standard";
import { parseTagCode, type ItemInput } from "../item-input";
import type { Sheet, SheetRow } from "../../sheets/read-workbook";
import { buildItem } from "./build-item";
import { FIELD_LABELS, fieldOfHeader, optionIndex, typeOfWord, type SheetField, type TypeWord } from "./sheet-columns";
import { emptyOutcome, type ParseOutcome } from "./types";

const HEADER_SEARCH_ROWS = 20;
const MAX_OPTION_COLUMNS = 12;

const DIFFICULTY_WORDS: Record<string, number> = { 易: 1, 容易: 1, 简单: 1, 低: 1, 较易: 2, 较容易: 2, 较简单: 2, 中: 3, 中等: 3, 一般: 3, 适中: 3, 较难: 4, 难: 5, 困难: 5, 高: 5 };
const STATUS_WORDS: Record<string, ItemInput["status"]> = { 草稿: "draft", 启用: "active", 停用: "retired", draft: "draft", active: "active", retired: "retired" };
const LEVEL_WORDS: Record<string, LevelCode> = { "5": "5", 五级: "5", 初级工: "5", "五级/初级工": "5", 初级: "5", "4": "4", 四级: "4", 中级工: "4", "四级/中级工": "4", 中级: "4" };
const TRACK_WORDS: Record<string, TrackCode> = { 网商: "online-merchant", 跨境电子商务师: "cross-border", 跨境电商: "cross-border", 跨境: "cross-border" };

const UNSUPPORTED_HINTS: Record<string, string> = { 不定项选择题: "；不定项选择题的正确答案个数不定，如确为多选题（至少两个正确答案），请把题型改为 多选" };

const list = (s: string) =>
  s
    .split(/[,，、;；\s]+/)
    .map((x) => x.trim())
    .filter(Boolean);

type Header = { rowNumber: number; columns: Map<SheetField, number[]>; ignored: string[] };

/** The first row (of the first 20) naming both a stem and an answer column. */
function findHeader(rows: SheetRow[]): Header | null {
  for (const row of rows.slice(0, HEADER_SEARCH_ROWS)) {
    const columns = new Map<SheetField, number[]>();
    row.cells.forEach((cell, i) => {
      const f = fieldOfHeader(cell);
      if (f) columns.set(f, [...(columns.get(f) ?? []), i]);
    });
    if (columns.has("stem") && columns.has("answer")) {
      const ignored = row.cells.flatMap((c, i) => (c && !fieldOfHeader(c) ? [c] : c ? [] : rows.some((r) => r.rowNumber > row.rowNumber && r.cells[i]) ? [`第 ${i + 1} 列（无列名）`] : []));
      return { rowNumber: row.rowNumber, columns, ignored };
    }
  }
  return null;
}

/**
 * Parses the item rows of every worksheet. `sheets` are from readWorkbook (displayed text).
 * A sheet without a recognisable header (e.g. a 说明 sheet) is named in a notice, never dropped silently.
 */
export function parseItemSheets(sheets: Sheet[]): ParseOutcome {
  const out = emptyOutcome("sheet");
  const withRows = sheets.filter((s) => s.rows.length > 0);
  const many = withRows.length > 1;
  const sheetLabel = (s: Sheet) => (s.name ? `工作表「${s.name}」` : "");
  withRows.forEach((sheet, sheetIndex) => {
    const prefix = many ? sheetLabel(sheet) : "";
    const where = (row: number) => `${prefix}第 ${row} 行`;
    const order = (row: number) => sheetIndex * 1e7 + row;
    const header = findHeader(sheet.rows);
    if (!header) {
      out.notices.push(`${prefix || "文件"}没有找到题目表头（需要“题干/题目”和“答案”两列），未导入其中任何内容`);
      return;
    }
    const sheetType: TypeWord = typeOfWord(sheet.name);
    const headerProblems: string[] = [];
    for (const [field, cols] of header.columns) {
      if (cols.length > 1 && field !== "labels") {
        const names = cols.map((c) => `「${sheet.rows.find((r) => r.rowNumber === header.rowNumber)!.cells[c]}」`).join("、");
        headerProblems.push(`${names} 都表示${FIELD_LABELS[field] ?? `选项${"ABCDEFGHIJKL"[optionIndex(field)!]}`}，请只保留一列`);
      }
    }
    if (!header.columns.has("type") && !sheetType) headerProblems.push("缺少「题型」列，工作表名也不是题型（如 单选题、多选题、判断题）");
    if (headerProblems.length > 0) {
      for (const p of headerProblems) out.problems.push({ at: where(header.rowNumber), order: order(header.rowNumber), message: `${where(header.rowNumber)}（表头）：${p}` });
      return;
    }
    const headerCells = sheet.rows.find((r) => r.rowNumber === header.rowNumber)!.cells;
    for (const [field, cols] of header.columns) {
      for (const c of cols) out.mapping.push({ from: `${prefix}列「${headerCells[c]}」`, to: optionIndex(field) !== null ? `选项${"ABCDEFGHIJKL"[optionIndex(field)!]}` : FIELD_LABELS[field]! });
    }
    if (!header.columns.has("type") && sheetType) out.mapping.push({ from: `工作表名「${sheet.name}」`, to: "题型" });
    out.ignoredColumns.push(...header.ignored.map((c) => `${prefix}${c}`));

    const titleRows = sheet.rows.filter((r) => r.rowNumber < header.rowNumber);
    if (titleRows.length > 0) out.notices.push(`${prefix}表头在第 ${header.rowNumber} 行；其上的 ${titleRows.map((r) => `第 ${r.rowNumber} 行`).join("、")}（标题）未作为题目读取`);

    for (const r of sheet.rows.filter((x) => x.rowNumber > header.rowNumber)) {
      const at = where(r.rowNumber);
      const cell = (f: SheetField) => (header.columns.get(f) ?? []).map((i) => (r.cells[i] ?? "").trim()).filter(Boolean).join("，");
      const refuse = (messages: Array<{ field: string; message: string }>) => {
        for (const m of messages) out.problems.push({ at, order: order(r.rowNumber), message: `${at}「${m.field}」：${m.message}` });
      };

      const typeCell = cell("type");
      const typeWord: TypeWord = typeCell ? typeOfWord(typeCell) : sheetType;
      if (typeWord && "unsupported" in typeWord) {
        out.skipped.push({ at, order: order(r.rowNumber), message: `${at}：${typeWord.unsupported}不是本平台支持的题型（理论考试只支持判断、单选、多选），未导入${UNSUPPORTED_HINTS[typeWord.unsupported] ?? ""}` });
        continue;
      }
      const problems: Array<{ field: string; message: string }> = [];
      if (!typeWord) problems.push({ field: "题型", message: typeCell ? `无法识别“${typeCell}”，应为 判断、单选 或 多选` : "必填" });

      const texts: string[] = [];
      for (let i = 0; i < MAX_OPTION_COLUMNS; i++) texts.push(cell(`option${i}` as SheetField));
      const last = texts.reduce((n, t, i) => (t ? i + 1 : n), 0);
      const optionTexts = texts.slice(0, last);

      const tagResult = parseTagCode(cell("tagCode"));
      if (!tagResult.ok) problems.push({ field: "知识点代码", message: tagResult.message });
      let levels: LevelCode[] | undefined;
      if (cell("levels")) {
        const parsed = list(cell("levels")).map((w) => LEVEL_WORDS[w]);
        if (parsed.some((l) => !l)) problems.push({ field: "级别", message: `无法识别“${cell("levels")}”，应为 五级、四级 或两者` });
        else levels = [...new Set(parsed as LevelCode[])];
      }
      let tracks: TrackCode[] | undefined;
      if (cell("tracks")) {
        const parsed = list(cell("tracks")).map((w) => TRACK_WORDS[w]);
        if (parsed.some((t) => !t)) problems.push({ field: "工种", message: `无法识别“${cell("tracks")}”，应为 网商、跨境电子商务师 或两者` });
        else tracks = [...new Set(parsed as TrackCode[])];
      }
      let difficulty: number | undefined;
      if (cell("difficulty")) {
        const d = DIFFICULTY_WORDS[cell("difficulty")] ?? Number(cell("difficulty"));
        if (!Number.isInteger(d) || d < 1 || d > 5) problems.push({ field: "难度", message: `应为 1–5 的整数或 易/较易/中/较难/难，而不是“${cell("difficulty")}”` });
        else difficulty = d;
      }
      let points: number | null = null;
      if (cell("points")) {
        const raw = cell("points").replace(/分$/, "");
        const p = Number(raw);
        if (!Number.isFinite(p) || p < 0 || p > 100 || Math.round(p * 100) !== p * 100) problems.push({ field: "分值", message: `应为 0–100 的数（最多两位小数），而不是“${cell("points")}”` });
        else points = p;
      }
      let status: ItemInput["status"] | undefined;
      if (cell("status")) {
        status = STATUS_WORDS[cell("status")];
        if (!status) problems.push({ field: "状态", message: `应为 草稿、启用 或 停用，而不是“${cell("status")}”` });
      }
      if (problems.length > 0 || !typeWord || !tagResult.ok) {
        refuse(problems);
        continue;
      }
      const built = buildItem({
        type: typeWord.type,
        stem: cell("stem"),
        options: optionTexts,
        key: { written: cell("answer") },
        explanation: cell("explanation"),
        tag: tagResult.tag,
        levels,
        tracks,
        difficulty,
        points,
        labels: [...new Set((header.columns.get("labels") ?? []).flatMap((i) => (r.cells[i] ?? "").split(/[,，、;；]/)).map((s) => s.trim()).filter(Boolean))],
        status,
      });
      if (built.ok) out.items.push({ at, order: order(r.rowNumber), input: built.input });
      else refuse(built.problems);
    }
  });
  return out;
}

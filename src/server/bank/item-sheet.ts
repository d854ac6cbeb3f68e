// The common Chinese item template (题型, 题干, 选项A–F, 正确答案, 解析, 难度, 分值, 知识点代码,
// plus optional 级别, 工种, 状态, 分类): parse rows into item inputs, and write items back.
import ExcelJS from "exceljs";
import type { ItemType, OptionKey } from "@/exam/types";
import type { LevelCode, TrackCode } from "@/standard";
import type { RosterTable } from "../roster/roster-file";
import { defaultScope, ItemInputSchema, parseTagCode, tagToCode, TRUE_FALSE_OPTIONS, checkItem, type ItemInput } from "./item-input";

export const OPTION_KEYS: OptionKey[] = ["A", "B", "C", "D", "E", "F"];
export const SHEET_HEADERS = [
  "题型",
  "题干",
  ...OPTION_KEYS.map((k) => `选项${k}`),
  "正确答案",
  "解析",
  "难度",
  "分值",
  "知识点代码",
  "级别",
  "工种",
  "状态",
  "分类",
] as const;
const REQUIRED = ["题型", "题干", "正确答案"] as const;

const TYPE_WORDS: Record<string, ItemType> = {
  判断: "true-false",
  判断题: "true-false",
  是非题: "true-false",
  单选: "single",
  单选题: "single",
  单项选择题: "single",
  多选: "multiple",
  多选题: "multiple",
  多项选择题: "multiple",
};
const TYPE_NAMES: Record<ItemType, string> = { "true-false": "判断", single: "单选", multiple: "多选" };
const TRUE_WORDS = new Set(["对", "正确", "√", "T", "TRUE", "是", "A", "Y"]);
const FALSE_WORDS = new Set(["错", "错误", "×", "X", "F", "FALSE", "否", "B", "N"]);
const DIFFICULTY_WORDS: Record<string, number> = { 易: 1, 容易: 1, 较易: 2, 中: 3, 中等: 3, 较难: 4, 难: 5 };
const STATUS_WORDS: Record<string, ItemInput["status"]> = { 草稿: "draft", 启用: "active", 停用: "retired", draft: "draft", active: "active", retired: "retired" };
const STATUS_NAMES: Record<ItemInput["status"], string> = { draft: "草稿", active: "启用", retired: "停用" };
const LEVEL_WORDS: Record<string, LevelCode> = { "5": "5", 五级: "5", 初级工: "5", "五级/初级工": "5", "4": "4", 四级: "4", 中级工: "4", "四级/中级工": "4" };
const TRACK_WORDS: Record<string, TrackCode> = { 网商: "online-merchant", 跨境电子商务师: "cross-border", 跨境电商: "cross-border", 跨境: "cross-border" };

export type SheetProblem = { row: number; column: string; message: string };
export type ParsedRow = { row: number; input: ItemInput };

const list = (s: string) =>
  s
    .split(/[,，、;；\s]+/)
    .map((x) => x.trim())
    .filter(Boolean);

export function parseItemSheet(table: RosterTable): { items: ParsedRow[]; problems: SheetProblem[] } {
  const problems: SheetProblem[] = [];
  const index = new Map<string, number>();
  table.headers.forEach((h, i) => index.set(h.replace(/\s+/g, "").replace(/^选项([a-f])$/i, (_, k: string) => `选项${k.toUpperCase()}`), i));
  const headerRow = table.headerRowNumber;
  for (const h of REQUIRED) if (!index.has(h)) problems.push({ row: headerRow, column: h, message: `第 ${headerRow} 行（表头）：缺少必填列「${h}」` });
  if (problems.length > 0) return { items: [], problems };

  const items: ParsedRow[] = [];
  for (const r of table.rows) {
    const cell = (h: string) => {
      const i = index.get(h);
      return i === undefined ? "" : (r.cells[i] ?? "").trim();
    };
    const rowProblems: SheetProblem[] = [];
    const bad = (column: string, message: string) => rowProblems.push({ row: r.rowNumber, column, message: `第 ${r.rowNumber} 行「${column}」：${message}` });

    const type = TYPE_WORDS[cell("题型").replace(/\s+/g, "")];
    if (!type) bad("题型", cell("题型") ? `无法识别“${cell("题型")}”，应为 判断、单选 或 多选` : "必填");
    if (!cell("题干")) bad("题干", "必填");

    let options: Array<{ key: OptionKey; text: string }> = [];
    if (type === "true-false") options = TRUE_FALSE_OPTIONS.map((o) => ({ ...o }));
    else {
      const texts = OPTION_KEYS.map((k) => cell(`选项${k}`));
      const last = texts.reduce((n, t, i) => (t ? i + 1 : n), 0);
      for (let i = 0; i < last; i++) {
        if (!texts[i]) bad(`选项${OPTION_KEYS[i]}`, "选项之间不能有空缺");
        options.push({ key: OPTION_KEYS[i]!, text: texts[i]! });
      }
    }

    const rawAnswer = cell("正确答案").normalize("NFKC").toUpperCase().replace(/\s+/g, "");
    let answer: OptionKey[] = [];
    if (!rawAnswer) bad("正确答案", "必填");
    else if (type === "true-false") {
      if (TRUE_WORDS.has(rawAnswer)) answer = ["A"];
      else if (FALSE_WORDS.has(rawAnswer)) answer = ["B"];
      else bad("正确答案", `判断题答案应为 对 或 错，而不是“${cell("正确答案")}”`);
    } else if (type) {
      const letters = rawAnswer.replace(/[,，、;；]/g, "").split("");
      if (letters.some((l) => !OPTION_KEYS.includes(l as OptionKey))) bad("正确答案", `无法识别“${cell("正确答案")}”，应为选项字母，如 A 或 A,C`);
      else answer = [...new Set(letters as OptionKey[])].sort();
    }

    const tagResult = parseTagCode(cell("知识点代码"));
    if (!tagResult.ok) bad("知识点代码", tagResult.message);
    const tag = tagResult.ok ? tagResult.tag : null;
    const scope = defaultScope(tag);

    let levels = scope.levels;
    if (cell("级别")) {
      const parsed = list(cell("级别")).map((w) => LEVEL_WORDS[w]);
      if (parsed.some((l) => !l)) bad("级别", `无法识别“${cell("级别")}”，应为 五级、四级 或两者`);
      else levels = [...new Set(parsed as LevelCode[])];
    }
    let tracks = scope.tracks;
    if (cell("工种")) {
      const parsed = list(cell("工种")).map((w) => TRACK_WORDS[w]);
      if (parsed.some((t) => !t)) bad("工种", `无法识别“${cell("工种")}”，应为 网商、跨境电子商务师 或两者`);
      else tracks = [...new Set(parsed as TrackCode[])];
    }

    let difficulty = 3;
    if (cell("难度")) {
      const d = DIFFICULTY_WORDS[cell("难度")] ?? Number(cell("难度"));
      if (!Number.isInteger(d) || d < 1 || d > 5) bad("难度", `应为 1–5 的整数，而不是“${cell("难度")}”`);
      else difficulty = d;
    }
    let points: number | null = null;
    if (cell("分值")) {
      const p = Number(cell("分值"));
      if (!Number.isFinite(p) || p < 0 || p > 100 || Math.round(p * 100) !== p * 100) bad("分值", `应为 0–100 的数（最多两位小数），而不是“${cell("分值")}”`);
      else points = p;
    }
    let status: ItemInput["status"] = tag ? "active" : "draft";
    if (cell("状态")) {
      const s = STATUS_WORDS[cell("状态")];
      if (!s) bad("状态", `应为 草稿、启用 或 停用，而不是“${cell("状态")}”`);
      else status = s;
    }

    if (rowProblems.length === 0 && type) {
      const parsed = ItemInputSchema.safeParse({
        type,
        stem: cell("题干"),
        options,
        answer,
        levels,
        tracks,
        tag,
        difficulty,
        explanation: cell("解析"),
        points,
        labels: cell("分类")
          .split(/[,，、;；]/)
          .map((s) => s.trim())
          .filter(Boolean),
        status,
      });
      if (!parsed.success) for (const i of parsed.error.issues) bad(String(i.path[0] ?? "题干"), i.message);
      else {
        for (const p of checkItem(parsed.data)) bad(p.field, p.message);
        if (rowProblems.length === 0) items.push({ row: r.rowNumber, input: parsed.data });
      }
    }
    problems.push(...rowProblems);
  }
  return { items, problems };
}

const LEVEL_NAMES: Record<LevelCode, string> = { "5": "五级", "4": "四级" };
const TRACK_NAMES: Record<TrackCode, string> = { "online-merchant": "网商", "cross-border": "跨境电子商务师" };

export function itemToSheetRow(input: ItemInput): string[] {
  const options = OPTION_KEYS.map((k) => (input.type === "true-false" ? "" : (input.options.find((o) => o.key === k)?.text ?? "")));
  const answer = input.type === "true-false" ? (input.answer[0] === "A" ? "对" : "错") : input.answer.join("");
  return [
    TYPE_NAMES[input.type],
    input.stem,
    ...options,
    answer,
    input.explanation,
    String(input.difficulty),
    input.points === null ? "" : String(input.points),
    tagToCode(input.tag),
    input.levels.map((l) => LEVEL_NAMES[l]).join(","),
    input.tracks.map((t) => TRACK_NAMES[t]).join(","),
    STATUS_NAMES[input.status],
    input.labels.join(","),
  ];
}

export async function buildItemWorkbook(items: ItemInput[], options: { template?: boolean } = {}): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("题库");
  ws.addRow([...SHEET_HEADERS]);
  ws.getRow(1).font = { bold: true };
  for (let c = 1; c <= SHEET_HEADERS.length; c++) ws.getColumn(c).numFmt = "@";
  ws.getColumn(2).width = 50;
  for (const item of items) ws.addRow(itemToSheetRow(item));
  if (options.template) {
    const notes = wb.addWorksheet("说明");
    for (const line of TEMPLATE_NOTES) notes.addRow([line]);
    notes.getColumn(1).width = 100;
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

export function buildItemCsv(items: ItemInput[]): Uint8Array {
  const quote = (v: string) => (/[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  const lines = [SHEET_HEADERS.join(","), ...items.map((i) => itemToSheetRow(i).map(quote).join(","))];
  return new TextEncoder().encode(`\uFEFF${lines.join("\r\n")}\r\n`);
}

export const TEMPLATE_NOTES = [
  "题型：判断、单选 或 多选（必填）",
  "题干：题目内容（必填）",
  "选项A–F：单选、多选题的选项，从 A 起连续填写；判断题不填（固定为 对、错）",
  "正确答案：单选如 A；多选如 A,C 或 ACD；判断题填 对 或 错（必填）",
  "解析：答案解析（选填）",
  "难度：1–5（1 最易，默认 3）",
  "分值：题目建议分值（选填，组卷时以试卷结构为准）",
  "知识点代码：职业道德；基础知识如 2.2.3；相关知识要求写 级别-代码，如 5-2.3.4（五级 2.3.4）或 4-1.1.2。未填则导入为草稿",
  "级别：五级、四级（选填，默认按知识点）；工种：网商、跨境电子商务师（选填，默认按知识点所属工作内容）",
  "状态：草稿、启用、停用（选填；有知识点代码时默认启用）；分类：自由标签，多个用逗号分隔",
];

export const TEMPLATE_EXAMPLES: ItemInput[] = [
  ItemInputSchema.parse({
    type: "single",
    stem: "（示例）网店商品标题中堆砌与商品无关的热门关键词，最可能导致的后果是：",
    options: [
      { key: "A", text: "商品搜索排名长期稳定上升" },
      { key: "B", text: "被平台判定为违规并降权" },
      { key: "C", text: "物流费用降低" },
      { key: "D", text: "客户退货率下降" },
    ],
    answer: ["B"],
    levels: ["5"],
    tracks: ["cross-border"],
    tag: { kind: "knowledge", level: "5", code: "2.4.2" },
    difficulty: 2,
    explanation: "平台规则禁止关键词堆砌，违规商品会被降权或下架。",
    status: "draft",
  }),
  ItemInputSchema.parse({
    type: "true-false",
    stem: "（示例）诚信为本、热情服务是电子商务师的职业守则之一。",
    options: TRUE_FALSE_OPTIONS.map((o) => ({ ...o })),
    answer: ["A"],
    levels: ["5", "4"],
    tracks: ["online-merchant", "cross-border"],
    tag: { kind: "ethics" },
    difficulty: 1,
    explanation: "见标准 2.1.2 职业守则（2）。",
    status: "draft",
  }),
];

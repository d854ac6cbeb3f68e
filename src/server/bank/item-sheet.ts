// The platform's item template (题型, 题干, 选项A–H, 正确答案, 解析, 难度, 分值, 知识点代码, plus
// optional 级别, 工种, 状态, 分类): items written as XLSX or CSV (export and the blank template).
// Reading sheets, ours and other templates, is formats/sheet.ts.
import ExcelJS from "exceljs";
import { OptionKeySchema, type ItemType, type OptionKey } from "@/exam/types";
import type { LevelCode, TrackCode } from "@/standard";
import { toCsv, xlsxBytes } from "../sheets/write-safe";
import { ItemInputSchema, tagToCode, TRUE_FALSE_OPTIONS, type ItemInput } from "./item-input";

export const OPTION_KEYS: readonly OptionKey[] = OptionKeySchema.options;
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
const TYPE_NAMES: Record<ItemType, string> = { "true-false": "判断", single: "单选", multiple: "多选" };
const STATUS_NAMES: Record<ItemInput["status"], string> = { draft: "草稿", active: "启用", retired: "停用" };

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
  return xlsxBytes(wb);
}

export function buildItemCsv(items: ItemInput[]): Uint8Array {
  return toCsv([[...SHEET_HEADERS], ...items.map(itemToSheetRow)]);
}

export const TEMPLATE_NOTES = [
  "题型：判断、单选 或 多选（必填）",
  "题干：题目内容（必填）",
  "选项A–H：单选、多选题的选项，从 A 起连续填写，最多 8 个；判断题可不填（固定为 对、错），若填写了选项（如 A 错误、B 正确），答案按选项文字对应",
  "正确答案：单选如 A；多选如 A,C 或 ACD（可以全部选项都正确）；判断题填 对 或 错（也可写 正确/错误、√/×、是/否）（必填）",
  "解析：答案解析（选填）",
  "难度：1–5（1 最易，默认 3）",
  "分值：题目建议分值（选填，组卷时以试卷结构为准）",
  "知识点代码：职业道德；基础知识如 2.2.3；相关知识要求写 级别-代码，如 5-2.3.4（五级 2.3.4）或 4-1.1.2。未填则导入为草稿",
  "级别：五级、四级（选填，默认按知识点）；工种：网商、跨境电子商务师（选填，默认按知识点所属工作内容）",
  "状态：草稿、启用、停用（选填；有知识点代码时默认启用）；分类：自由标签，多个用逗号分隔",
  "也可以导入其他系统的模板：列名如 题目/题目内容/试题内容、题目类型/试题类型、答案/标准答案、分数/分值、难易程度、答案解析、试题分类/知识点/章节、选项一…选项八 都能识别；表头可以在标题行之下；可以每种题型一个工作表（工作表名为 单选题、多选题、判断题）；填空题、简答题等不支持的题型会逐行列出并跳过",
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

// The header vocabulary of real item templates (our own, and those of common Chinese exam
// systems): which column is which field. Headers are compared after removing spaces, full-width
// forms, "*" and suffixes like （必填）/（选填）. See docs/item-bank.md for the full list.
import type { ItemType } from "@/exam/types";

export type SheetField =
  | "type"
  | "stem"
  | "answer"
  | "explanation"
  | "difficulty"
  | "points"
  | "tagCode"
  | "labels"
  | "levels"
  | "tracks"
  | "status"
  | `option${number}`;

/** The field's name as the template writes it (for messages and the preview). */
export const FIELD_LABELS: Record<string, string> = {
  type: "题型",
  stem: "题干",
  answer: "正确答案",
  explanation: "解析",
  difficulty: "难度",
  points: "分值",
  tagCode: "知识点代码",
  labels: "分类",
  levels: "级别",
  tracks: "工种",
  status: "状态",
};

const OPTION_LETTERS = "ABCDEFGHIJKL";
const CHINESE_NUMBERS = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二"];

const ALIASES: Array<[SheetField, string[]]> = [
  ["type", ["题型", "题目类型", "试题类型", "类型", "题型名称", "试题题型", "题类", "questiontype", "type"]],
  ["stem", ["题干", "题目", "题目内容", "试题内容", "试题", "题目名称", "问题", "试题题干", "题干内容", "题目描述", "内容", "question", "stem"]],
  ["answer", ["正确答案", "答案", "标准答案", "参考答案", "正确选项", "答案选项", "answer"]],
  ["explanation", ["解析", "答案解析", "试题解析", "题目解析", "解题思路", "答案说明", "解释", "explanation"]],
  ["difficulty", ["难度", "难易程度", "难易度", "难度等级", "难度级别", "difficulty"]],
  ["points", ["分值", "分数", "题目分值", "试题分值", "每题分值", "score", "points"]],
  ["tagCode", ["知识点代码", "标准代码", "鉴定点代码"]],
  ["labels", ["分类", "试题分类", "题目分类", "知识点", "章节", "所属章节", "章节名称", "题库分类", "所属分类", "标签", "科目", "category"]],
  ["levels", ["级别", "等级", "鉴定等级"]],
  ["tracks", ["工种", "职业方向"]],
  ["status", ["状态", "题目状态"]],
];

const BY_NAME = new Map<string, SheetField>();
for (const [field, names] of ALIASES) for (const n of names) BY_NAME.set(n, field);
for (let i = 0; i < OPTION_LETTERS.length; i++) {
  const letter = OPTION_LETTERS[i]!;
  const field = `option${i}` as SheetField;
  for (const n of [letter.toLowerCase(), `选项${letter.toLowerCase()}`, `${letter.toLowerCase()}选项`, `选项${CHINESE_NUMBERS[i]}`, `选项${i + 1}`, `option${letter.toLowerCase()}`, `答案${letter.toLowerCase()}`]) {
    BY_NAME.set(n, field);
  }
}

/** A header cell as compared: no spaces, half-width, lower-case Latin, without * and （必填） etc. */
export function normaliseHeader(raw: string): string {
  return raw
    .normalize("NFKC")
    .replace(/[\s\u3000]+/g, "")
    .replace(/[*＊]/g, "")
    .replace(/[(（【\[](必填|选填|可选|非必填|必选|可不填)[)）】\]]/g, "")
    .replace(/[:：]$/, "")
    .toLowerCase();
}

/** The field a header names, or null. */
export function fieldOfHeader(raw: string): SheetField | null {
  return BY_NAME.get(normaliseHeader(raw)) ?? null;
}

export const optionIndex = (field: SheetField): number | null => (field.startsWith("option") ? Number(field.slice(6)) : null);

/** Type words in cells and sheet names; unsupported types carry the reason they are skipped. */
const TYPE_WORDS: Record<string, ItemType> = {
  判断: "true-false",
  判断题: "true-false",
  是非题: "true-false",
  对错题: "true-false",
  "true/false": "true-false",
  truefalse: "true-false",
  单选: "single",
  单选题: "single",
  单项选择: "single",
  单项选择题: "single",
  单择题: "single",
  "singlechoice": "single",
  多选: "multiple",
  多选题: "multiple",
  多项选择: "multiple",
  多项选择题: "multiple",
  "multiplechoice": "multiple",
};
const UNSUPPORTED_TYPES: Record<string, string> = {
  填空: "填空题",
  填空题: "填空题",
  简答: "简答题",
  简答题: "简答题",
  问答: "问答题",
  问答题: "问答题",
  论述: "论述题",
  论述题: "论述题",
  名词解释: "名词解释",
  案例分析: "案例分析题",
  案例分析题: "案例分析题",
  计算: "计算题",
  计算题: "计算题",
  操作: "操作题",
  操作题: "操作题",
  实操题: "实操题",
  综合题: "综合题",
  材料题: "材料题",
  匹配题: "匹配题",
  连线题: "连线题",
  排序题: "排序题",
  不定项: "不定项选择题",
  不定项选择: "不定项选择题",
  不定项选择题: "不定项选择题",
};

export type TypeWord = { type: ItemType } | { unsupported: string } | null;

/** A type cell or sheet name: a supported type, an unsupported one (to skip), or null. */
export function typeOfWord(raw: string): TypeWord {
  const s = raw.normalize("NFKC").replace(/[\s\u3000]+/g, "").replace(/^[一二三四五六七八九十\d]+[、.．]/, "").replace(/[(（].*$/, "").toLowerCase();
  if (!s) return null;
  if (TYPE_WORDS[s]) return { type: TYPE_WORDS[s] };
  if (UNSUPPORTED_TYPES[s]) return { unsupported: UNSUPPORTED_TYPES[s] };
  return null;
}

export const TYPE_NAMES: Record<ItemType, string> = { "true-false": "判断", single: "单选", multiple: "多选" };
